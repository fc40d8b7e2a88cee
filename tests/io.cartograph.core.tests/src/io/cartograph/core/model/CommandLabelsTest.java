package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

class CommandLabelsTest {

	@TempDir
	java.nio.file.Path folder;

	private LandscapeModel model;

	@BeforeEach
	void open() {
		model = LandscapeModel.open(folder, "Labels");
	}

	@AfterEach
	void close() {
		model.close();
	}

	@Test
	void changesNameTheFeatureAndTheObject() {
		LandscapeSystem erp = LandscapeFactory.eINSTANCE.createLandscapeSystem();
		erp.setName("ERP");
		Command set = SetCommand.create(model.editingDomain(), erp, LandscapePackage.Literals.LANDSCAPE_SYSTEM__OWNER, "Finance IT");
		assertEquals("Change owner of ERP", CommandLabels.describe(set));
		Interface unnamed = LandscapeFactory.eINSTANCE.createInterface();
		Command sender = SetCommand.create(model.editingDomain(), unnamed, LandscapePackage.Literals.INTERFACE__ORIGINAL_SENDER, "X");
		assertEquals("Change original sender of interface", CommandLabels.describe(sender));
	}

	@Test
	void addsAndDeletesCountWhatTheyTouch() {
		EditingDomain domain = model.editingDomain();
		LandscapeSystem crm = LandscapeFactory.eINSTANCE.createLandscapeSystem();
		crm.setName("CRM");
		Command addOne = AddCommand.create(domain, model.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS, crm);
		assertEquals("Add CRM", CommandLabels.describe(addOne));
		Command addTwo = AddCommand.create(domain, model.interfaces(), LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES,
				List.of(LandscapeFactory.eINSTANCE.createInterface(), LandscapeFactory.eINSTANCE.createInterface()));
		assertEquals("Add 2 interfaces", CommandLabels.describe(addTwo));
		domain.getCommandStack().execute(addOne);
		assertEquals("Delete CRM", CommandLabels.describe(DeleteCommand.create(domain, crm)));
	}

	@Test
	void identifiersBecomeWords() {
		assertEquals("original sender", CommandLabels.words("originalSender"));
		assertEquals("end to end integration", CommandLabels.words("EndToEndIntegration"));
	}
}

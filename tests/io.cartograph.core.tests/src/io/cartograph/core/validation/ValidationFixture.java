package io.cartograph.core.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SecretReference;

/** A fresh model (a new workspace's defaults) to put good and bad objects into. */
abstract class ValidationFixture {

	@TempDir
	Path folder;

	LandscapeModel model;

	@BeforeEach
	void openModel() throws IOException {
		model = LandscapeModel.create(folder.resolve("landscape"), "Validation test");
	}

	@AfterEach
	void closeModel() {
		model.close();
	}

	/** The problems the named rule finds in the whole model. */
	List<Problem> problems(Check check) {
		return ModelValidation.validate(model).stream().filter(problem -> problem.check() == check).toList();
	}

	DataSource dataSource(String name, DataSourceType type) {
		DataSource source = Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class);
		source.setName(name);
		source.setType(type);
		source.setEnvironment(model.landscape().getEnvironments().get(0));
		model.dataSources().getDataSources().add(source);
		return source;
	}

	static Authentication authentication(AuthenticationType type) {
		Authentication authentication = Identities.create(LandscapePackage.Literals.AUTHENTICATION, Authentication.class);
		authentication.setType(type);
		authentication.setSecret(secret());
		return authentication;
	}

	static SecretReference secret() {
		SecretReference secret = Identities.create(LandscapePackage.Literals.SECRET_REFERENCE, SecretReference.class);
		secret.setPurpose("test secret");
		return secret;
	}
}

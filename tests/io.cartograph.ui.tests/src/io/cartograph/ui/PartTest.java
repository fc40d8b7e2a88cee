package io.cartograph.ui;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh shell, session and temporary folder for each test of a part. */
abstract class PartTest {

	@TempDir
	Path temp;

	PartHarness harness;

	@BeforeEach
	void openHarness() {
		harness = new PartHarness();
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}
}

package io.cartograph.core.workspace;

/** The README.md at the root of the sample workspace, written for integration architects. */
final class SampleReadme {

	static final String TEXT = """
            # Sample landscape

            This is a Cartograph workspace: one folder that holds everything Cartograph knows \
            about one integration landscape. It belongs to you. Copy it, zip it, put it under \
            version control or take it to a customer site; Cartograph needs nothing outside it \
            to open it again.

            The landscape is made up: ACME, a manufacturer with S/4HANA, SuccessFactors, \
            Ariba, Salesforce, a warehouse, a web shop and a house bank, a few hundred \
            interfaces on SAP Cloud Integration, PO, MuleSoft and Azure, rules, an API proxy \
            and an onboarding checklist. A generator with a fixed seed made it, so every new \
            sample workspace holds the same landscape. Change it as you like.

            ## What is in here

            - `cartograph-workspace.properties` marks this folder as a workspace. It records the \
            workspace's name, the format version and when and by which Cartograph version the \
            workspace was created. Do not delete it: without it Cartograph no longer recognises \
            the folder.
            - `landscape/` is where the landscape model lives: the SAP and non-SAP systems, the \
            interfaces between them and the message flows that run over them.
            - `store/` is Cartograph's local database. It keeps what Cartograph collects and \
            works out for you, such as the history of the tasks you ran and the raw artifacts \
            read from systems. Leave its files alone, and close Cartograph before copying the \
            workspace so that the database is complete.

            Your window layout and other personal settings are kept outside the workspace, so a \
            copied workspace looks the same to everyone who opens it.

            ## Getting started

            Open this workspace in Cartograph and start mapping. To see what it holds from a \
            terminal, run `cartograph cli workspace info --workspace <this folder>`. To start a \
            landscape of your own, create a new workspace with File > New Workspace... or \
            `cartograph cli workspace create --workspace <folder> --name <name>`.
            """;

	private SampleReadme() {
	}
}

package ca.peaceops.fillrate.job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The version printed in reports, from the build; "dev" when run from an IDE without one.
 */
@Component
class AppVersion {

	private final String version;

	AppVersion(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "dev";
	}

	String get() {
		return this.version;
	}

}

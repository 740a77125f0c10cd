package ca.peaceops.fillrate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FillRateApplication {

	public static void main(String[] args) {
		// The job's outcome, not Spring's, decides the exit status (see job.ExitStatus).
		System.exit(SpringApplication.exit(SpringApplication.run(FillRateApplication.class, args)));
	}

}

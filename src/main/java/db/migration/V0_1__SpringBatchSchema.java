package db.migration;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Spring Batch's job repository tables, created once by Flyway from the script Spring
 * Batch ships for the database in use. Boot's own initializer would run that script at
 * every start and fail on every existing table, filling H2's trace file and touching the
 * database on runs that must change nothing.
 */
public class V0_1__SpringBatchSchema extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		String platform = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
		ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
				new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
		schema.execute(new SingleConnectionDataSource(connection, true));
	}

}

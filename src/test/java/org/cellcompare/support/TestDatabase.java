package org.cellcompare.support;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 database with CellCompare's schema, for tests of the stores and the ranking SQL. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static JdbcTemplate create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}

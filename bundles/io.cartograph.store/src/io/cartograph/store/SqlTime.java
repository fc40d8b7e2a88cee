package io.cartograph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of TIMESTAMP WITH TIME ZONE columns, always written in UTC. */
final class SqlTime {

	private SqlTime() {
	}

	static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
		if (instant == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		} else {
			statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}
	}

	static Instant get(ResultSet rows, int index) throws SQLException {
		OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}

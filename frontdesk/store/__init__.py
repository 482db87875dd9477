"""SQLite through sqlite-utils: schema, migrations, one module per aggregate. No Qt here."""

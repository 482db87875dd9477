"""SQLite through sqlite-utils: schema, migrations, one module per aggregate. No Qt here."""

import logging

# The window sends this logger to the rotating file (frontdesk.applog); a command line run stays quiet.
logging.getLogger("frontdesk").addHandler(logging.NullHandler())

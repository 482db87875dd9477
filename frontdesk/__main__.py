from frontdesk.cli import main

raise SystemExit(main())

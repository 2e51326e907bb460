from counsel.cli import main

raise SystemExit(main())

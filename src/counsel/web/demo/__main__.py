from counsel.web.demo.run import main

raise SystemExit(main())

struct s { int a; };
BEGIN { trace(xlate <struct s *> ("x")->a); }

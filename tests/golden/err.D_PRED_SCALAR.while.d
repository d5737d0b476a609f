BEGIN { while ("x") { } }

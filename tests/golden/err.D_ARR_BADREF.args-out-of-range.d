io:::start { trace(args[3]); }

io:::wait-start { trace(args[0]->b_flags); }

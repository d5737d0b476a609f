BEGIN { for (;;) { } continue; }

BEGIN { trace(`__start_rodata); }

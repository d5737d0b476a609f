struct flags { unsigned int on:1, level:3; };
struct flags f;
BEGIN { trace(&f.level); }

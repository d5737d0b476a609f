struct bf { int a:3; int b:5; }; BEGIN { trace(&((struct bf *)curthread)->b); }

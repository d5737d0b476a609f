/* as DTrace: no pointer to a D variable, a struct one included */
struct record { int position; int content; };
struct record var;
struct record *ptr;
BEGIN { ptr = &var; }

/* a member is assigned in a variable that exists */
struct pt { int x; };
BEGIN { self->p.x = 1; }

BEGIN { self->f(); }

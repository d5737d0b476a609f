BEGIN { self->t = *curthread; @ = max(self->t); }

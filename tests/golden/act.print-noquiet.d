struct pt { int x; int y; };
BEGIN { print(10); }
BEGIN {
	this->p = (struct pt *)alloca(sizeof(struct pt));
	bcopy("\x01\x00\x00\x00\x02\x00\x00\x00", this->p, 8);
	print(*this->p);
}
BEGIN { print(*(struct pt *)16); }
BEGIN { print("foo"); exit(0); }

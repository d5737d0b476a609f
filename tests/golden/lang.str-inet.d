/* inet_ntoa, inet_ntoa6 and inet_ntop of addresses built in alloca()
 * memory with bcopy(): IPv6 with the longest zero run as "::" (not a lone
 * zero at the end), IPv4-mapped and -compatible forms; a bad address
 * faults, as does an unknown address family. */
#pragma D option quiet
BEGIN {
	this->p = alloca(4);
	bcopy("\300\250\001\002", this->p, 4);
	printf("[%s] [%s]\n", inet_ntoa((ipaddr_t *)this->p), inet_ntop(AF_INET, this->p));
	this->q = alloca(16);
	bcopy("\376\200\0\0\0\0\0\0\002\024\117\377\376\013\166\310", this->q, 16);
	printf("[%s] [%s]\n", inet_ntoa6((in6_addr_t *)this->q), inet_ntop(AF_INET6, this->q));
	bcopy("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\001", this->q, 16); printf("[%s] ", inet_ntoa6(this->q));
	bcopy("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", this->q, 16); printf("[%s] ", inet_ntoa6(this->q));
	bcopy("\0\001\0\0\0\0\0\0\0\0\0\0\0\0\0\0", this->q, 16); printf("[%s] ", inet_ntoa6(this->q));
	bcopy("\0\001\0\0\0\002\0\003\0\004\0\005\0\006\0\0", this->q, 16); printf("[%s] ", inet_ntoa6(this->q));
	bcopy("\0\001\0\0\0\003\0\004\0\005\0\006\0\007\0\010", this->q, 16); printf("[%s]\n", inet_ntoa6(this->q));
	bcopy("\0\001\0\0\0\0\0\004\0\0\0\0\0\0\0\010", this->q, 16); printf("[%s] ", inet_ntoa6(this->q));
	bcopy("\0\0\0\0\0\0\0\0\0\0\377\377\177\0\0\001", this->q, 16);
	printf("[%s] [%s] ", inet_ntoa6(this->q), inet_ntop(AF_INET6, this->q));
	bcopy("\0\0\0\0\0\0\0\0\0\0\0\0\001\002\003\004", this->q, 16);
	printf("[%s] [%s]\n", inet_ntoa6(this->q), inet_ntop(AF_INET6, this->q));
}
BEGIN { printf("unknown family: "); trace(inet_ntop(3, alloca(16))); }
BEGIN { printf("bad address: "); trace(inet_ntoa((ipaddr_t *)8)); }
BEGIN { printf("\n"); exit(0); }

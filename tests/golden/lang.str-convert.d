/* toupper, tolower (ASCII letters only), lltostr with DTrace's prefixes
 * and signs, strtoll (blanks, sign, 0x in base 16, stop at the first
 * non-digit, wrap-around), and the byte-order functions. */
#pragma D option quiet
BEGIN {
	printf("[%s] [%s] [%s]\n", toupper("Hello, World 09 ~z"),
	    tolower("Hello, World 09 @A"), toupper(""));
	printf("[%s] [%s] [%s] [%s] [%s]\n", lltostr(0), lltostr(-1234),
	    lltostr(9223372036854775807), lltostr(-9223372036854775807 - 1),
	    lltostr(42, 10));
	printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s]\n", lltostr(0, 16),
	    lltostr(255, 16), lltostr(-1, 16), lltostr(8, 8), lltostr(0, 8),
	    lltostr(5, 2), lltostr(255, 36));
	printf("%d %d %d %d %d %d\n", strtoll("1234"), strtoll("  \t-42abc"),
	    strtoll("0x1f", 16), strtoll("ff", 16), strtoll("zz", 36),
	    strtoll(""));
	printf("%d %d %d %d %d %d\n", strtoll("0x20"), strtoll("+-5"),
	    strtoll("010", 8), strtoll("101010", 2), strtoll("12j"),
	    strtoll("102", 2));
	printf("%d %d %d\n", strtoll("9223372036854775807"),
	    strtoll("-9223372036854775808"), strtoll("18446744073709551617"));
	printf("%x %x %x %x %x %x\n", ntohs(0x1234), htons(0x12345678),
	    ntohl(0x12345678), htonl(1), ntohll(0x0102030405060708),
	    htonll(0xff));
	exit(0);
}

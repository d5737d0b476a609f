/* print() of scalars and strings: "type value" and a newline; integers
 * and pointers in hex as raw bits whatever their sign ("%#x": 0 is "0"),
 * chars as characters (a char is signed, as in DTrace: 0x81 prints as
 * '\37777777601'), enums by name, strings as "text", a string holding
 * other characters, or strsize characters and no NUL, as the
 * char[strsize] array it is */
#pragma D option quiet
#pragma D option strsize=12
enum color { RED, GREEN = 5, BLUE };
typedef int myint_t;
BEGIN {
	print(10);
	print(0);
	print(-1);
	print((short)-2);
	print((uint8_t)0x11);
	print((uint16_t)0x2211);
	print((int64_t)-1);
	print(0x8877665544332211);
	print((myint_t)42);
	print((char)65);
	print((char)0);
	print((char)1);
	print((char)0x81);
	print((unsigned char)65);
	print((int *)0x1234);
	print((void *)0);
	print(GREEN);
	print((enum color)7);
	print("foo");
	print("");
	print("a\tb");
	print(strjoin("I like ", "pancakes"));
	exit(0);
}

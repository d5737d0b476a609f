#pragma D option quiet

BEGIN
{
	printf("[%-6hd][%08lx][%+lld][%#llx]\n", (short)-5, (long)255, (long long)5, (long long)255);
	exit(0);
}

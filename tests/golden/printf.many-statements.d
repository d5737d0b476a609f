#pragma D option quiet

BEGIN
{
	printf("one ");
	printf("two ");
	printf("%s\n", "three");
	printf("%d\n", 4);
	exit(0);
}

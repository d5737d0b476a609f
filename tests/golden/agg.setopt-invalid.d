/* setopt() with an option that does not exist is refused at run time,
 * when the consumer applies it; tracing goes on. */
#pragma D option quiet

BEGIN
{
	setopt("nosuchoption");
	printf("still here\n");
	exit(0);
}

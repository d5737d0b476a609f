/* the first exit() sets the status; the BEGIN clause calling exit(2)
   after it does not run */
#pragma D option quiet

BEGIN
{
	exit(1);
}

BEGIN
{
	exit(2);
}

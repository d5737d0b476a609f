/* after a format string, the first aggregation argument is argument #2 */
BEGIN
{
	printa("%d\n", 1);
}

/* the message gives the line of the aggregation's first definition */
BEGIN
{
	@a = count();
}

END
{
	@a = sum(1);
}

/* integer keys print as trace() does: char " %3d" and short " %5d"
   zero-extended, int " %8d", long long " %16lld" */
#pragma D option quiet
BEGIN
{
	@c[(char)1] = sum(1);
	@c[(char)-2] = sum(2);
	@s[(short)1] = sum(1);
	@s[(short)-2] = sum(2);
	@i[1] = sum(1);
	@i[-2] = sum(2);
	@l[(long long)1] = sum(1);
	@l[(long long)-2] = sum(2);
	exit(0);
}

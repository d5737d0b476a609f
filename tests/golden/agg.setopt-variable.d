/* setopt() takes any string expression, not only a constant */
BEGIN
{
	x = "aggsortkey";
	setopt(x);
}

#include "html_entities.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace crible::text::detail {

namespace {

struct NamedReference
{
    std::u16string_view name;
    char32_t codePoint;
    bool legacy; // may appear without its ';' (HTML5's legacy list)
};

// Sorted by name (UTF-16 code unit order) for a binary search.
constexpr NamedReference kNamedReferences[] = {
    {u"AElig", 0xC6, true},
    {u"AMP", 0x26, true},
    {u"Aacute", 0xC1, true},
    {u"Abreve", 0x102, false},
    {u"Acirc", 0xC2, true},
    {u"Agrave", 0xC0, true},
    {u"Alpha", 0x391, false},
    {u"Amacr", 0x100, false},
    {u"Aogon", 0x104, false},
    {u"Aring", 0xC5, true},
    {u"Atilde", 0xC3, true},
    {u"Auml", 0xC4, true},
    {u"Beta", 0x392, false},
    {u"COPY", 0xA9, true},
    {u"Cacute", 0x106, false},
    {u"Ccaron", 0x10C, false},
    {u"Ccedil", 0xC7, true},
    {u"Ccirc", 0x108, false},
    {u"Cdot", 0x10A, false},
    {u"Chi", 0x3A7, false},
    {u"CloseCurlyDoubleQuote", 0x201D, false},
    {u"CloseCurlyQuote", 0x2019, false},
    {u"Dagger", 0x2021, false},
    {u"Dcaron", 0x10E, false},
    {u"Delta", 0x394, false},
    {u"DoubleRightArrow", 0x21D2, false},
    {u"Dstrok", 0x110, false},
    {u"ENG", 0x14A, false},
    {u"ETH", 0xD0, true},
    {u"Eacute", 0xC9, true},
    {u"Ecaron", 0x11A, false},
    {u"Ecirc", 0xCA, true},
    {u"Edot", 0x116, false},
    {u"Egrave", 0xC8, true},
    {u"Emacr", 0x112, false},
    {u"Eogon", 0x118, false},
    {u"Epsilon", 0x395, false},
    {u"Eta", 0x397, false},
    {u"Euml", 0xCB, true},
    {u"GT", 0x3E, true},
    {u"Gamma", 0x393, false},
    {u"Gbreve", 0x11E, false},
    {u"Gcedil", 0x122, false},
    {u"Gcirc", 0x11C, false},
    {u"Gdot", 0x120, false},
    {u"Hat", 0x5E, false},
    {u"Hcirc", 0x124, false},
    {u"Hstrok", 0x126, false},
    {u"IJlig", 0x132, false},
    {u"Iacute", 0xCD, true},
    {u"Icirc", 0xCE, true},
    {u"Idot", 0x130, false},
    {u"Igrave", 0xCC, true},
    {u"Imacr", 0x12A, false},
    {u"Iogon", 0x12E, false},
    {u"Iota", 0x399, false},
    {u"Itilde", 0x128, false},
    {u"Iuml", 0xCF, true},
    {u"Jcirc", 0x134, false},
    {u"Kappa", 0x39A, false},
    {u"Kcedil", 0x136, false},
    {u"LT", 0x3C, true},
    {u"Lacute", 0x139, false},
    {u"Lambda", 0x39B, false},
    {u"Lcaron", 0x13D, false},
    {u"Lcedil", 0x13B, false},
    {u"LeftArrow", 0x2190, false},
    {u"Leftarrow", 0x21D0, false},
    {u"Lmidot", 0x13F, false},
    {u"Lstrok", 0x141, false},
    {u"Mu", 0x39C, false},
    {u"Nacute", 0x143, false},
    {u"Ncaron", 0x147, false},
    {u"Ncedil", 0x145, false},
    {u"NewLine", 0xA, false},
    {u"NoBreak", 0x2060, false},
    {u"NonBreakingSpace", 0xA0, false},
    {u"Ntilde", 0xD1, true},
    {u"Nu", 0x39D, false},
    {u"OElig", 0x152, false},
    {u"Oacute", 0xD3, true},
    {u"Ocirc", 0xD4, true},
    {u"Odblac", 0x150, false},
    {u"Ograve", 0xD2, true},
    {u"Omacr", 0x14C, false},
    {u"Omega", 0x3A9, false},
    {u"Omicron", 0x39F, false},
    {u"OpenCurlyDoubleQuote", 0x201C, false},
    {u"OpenCurlyQuote", 0x2018, false},
    {u"Oslash", 0xD8, true},
    {u"Otilde", 0xD5, true},
    {u"Ouml", 0xD6, true},
    {u"Phi", 0x3A6, false},
    {u"Pi", 0x3A0, false},
    {u"Prime", 0x2033, false},
    {u"Psi", 0x3A8, false},
    {u"QUOT", 0x22, true},
    {u"REG", 0xAE, true},
    {u"Racute", 0x154, false},
    {u"Rcaron", 0x158, false},
    {u"Rcedil", 0x156, false},
    {u"Rho", 0x3A1, false},
    {u"RightArrow", 0x2192, false},
    {u"Rightarrow", 0x21D2, false},
    {u"Sacute", 0x15A, false},
    {u"Scaron", 0x160, false},
    {u"Scedil", 0x15E, false},
    {u"Scirc", 0x15C, false},
    {u"Sigma", 0x3A3, false},
    {u"THORN", 0xDE, true},
    {u"TRADE", 0x2122, false},
    {u"Tab", 0x9, false},
    {u"Tau", 0x3A4, false},
    {u"Tcaron", 0x164, false},
    {u"Tcedil", 0x162, false},
    {u"Theta", 0x398, false},
    {u"ThinSpace", 0x2009, false},
    {u"Tstrok", 0x166, false},
    {u"Uacute", 0xDA, true},
    {u"Ubreve", 0x16C, false},
    {u"Ucirc", 0xDB, true},
    {u"Udblac", 0x170, false},
    {u"Ugrave", 0xD9, true},
    {u"Umacr", 0x16A, false},
    {u"UnderBar", 0x5F, false},
    {u"Uogon", 0x172, false},
    {u"Upsilon", 0x3A5, false},
    {u"Uring", 0x16E, false},
    {u"Utilde", 0x168, false},
    {u"Uuml", 0xDC, true},
    {u"VerticalLine", 0x7C, false},
    {u"Wcirc", 0x174, false},
    {u"Xi", 0x39E, false},
    {u"Yacute", 0xDD, true},
    {u"Ycirc", 0x176, false},
    {u"Yuml", 0x178, false},
    {u"Zacute", 0x179, false},
    {u"Zcaron", 0x17D, false},
    {u"Zdot", 0x17B, false},
    {u"ZeroWidthSpace", 0x200B, false},
    {u"Zeta", 0x396, false},
    {u"aacute", 0xE1, true},
    {u"abreve", 0x103, false},
    {u"acirc", 0xE2, true},
    {u"acute", 0xB4, true},
    {u"aelig", 0xE6, true},
    {u"agrave", 0xE0, true},
    {u"alefsym", 0x2135, false},
    {u"alpha", 0x3B1, false},
    {u"amacr", 0x101, false},
    {u"amp", 0x26, true},
    {u"and", 0x2227, false},
    {u"ang", 0x2220, false},
    {u"angst", 0xC5, false},
    {u"aogon", 0x105, false},
    {u"apos", 0x27, false},
    {u"approx", 0x2248, false},
    {u"aring", 0xE5, true},
    {u"ast", 0x2A, false},
    {u"asymp", 0x2248, false},
    {u"atilde", 0xE3, true},
    {u"auml", 0xE4, true},
    {u"bdquo", 0x201E, false},
    {u"beta", 0x3B2, false},
    {u"bigstar", 0x2605, false},
    {u"brvbar", 0xA6, true},
    {u"bsemi", 0x204F, false},
    {u"bsol", 0x5C, false},
    {u"bull", 0x2022, false},
    {u"bullet", 0x2022, false},
    {u"cacute", 0x107, false},
    {u"cap", 0x2229, false},
    {u"caret", 0x2041, false},
    {u"ccaron", 0x10D, false},
    {u"ccedil", 0xE7, true},
    {u"ccirc", 0x109, false},
    {u"cdot", 0x10B, false},
    {u"cedil", 0xB8, true},
    {u"cent", 0xA2, true},
    {u"centerdot", 0xB7, false},
    {u"check", 0x2713, false},
    {u"checkmark", 0x2713, false},
    {u"chi", 0x3C7, false},
    {u"circ", 0x2C6, false},
    {u"clubs", 0x2663, false},
    {u"colon", 0x3A, false},
    {u"comma", 0x2C, false},
    {u"commat", 0x40, false},
    {u"cong", 0x2245, false},
    {u"copy", 0xA9, true},
    {u"copysr", 0x2117, false},
    {u"crarr", 0x21B5, false},
    {u"cross", 0x2717, false},
    {u"cup", 0x222A, false},
    {u"curren", 0xA4, true},
    {u"dArr", 0x21D3, false},
    {u"dagger", 0x2020, false},
    {u"darr", 0x2193, false},
    {u"dash", 0x2010, false},
    {u"dcaron", 0x10F, false},
    {u"ddagger", 0x2021, false},
    {u"deg", 0xB0, true},
    {u"delta", 0x3B4, false},
    {u"diams", 0x2666, false},
    {u"div", 0xF7, false},
    {u"divide", 0xF7, true},
    {u"dollar", 0x24, false},
    {u"downarrow", 0x2193, false},
    {u"dstrok", 0x111, false},
    {u"eacute", 0xE9, true},
    {u"ecaron", 0x11B, false},
    {u"ecirc", 0xEA, true},
    {u"edot", 0x117, false},
    {u"egrave", 0xE8, true},
    {u"emacr", 0x113, false},
    {u"empty", 0x2205, false},
    {u"emptyset", 0x2205, false},
    {u"emsp", 0x2003, false},
    {u"emsp13", 0x2004, false},
    {u"emsp14", 0x2005, false},
    {u"eng", 0x14B, false},
    {u"ensp", 0x2002, false},
    {u"eogon", 0x119, false},
    {u"epsilon", 0x3B5, false},
    {u"equals", 0x3D, false},
    {u"equiv", 0x2261, false},
    {u"eta", 0x3B7, false},
    {u"eth", 0xF0, true},
    {u"euml", 0xEB, true},
    {u"euro", 0x20AC, false},
    {u"excl", 0x21, false},
    {u"exist", 0x2203, false},
    {u"female", 0x2640, false},
    {u"fnof", 0x192, false},
    {u"forall", 0x2200, false},
    {u"frac12", 0xBD, true},
    {u"frac13", 0x2153, false},
    {u"frac14", 0xBC, true},
    {u"frac15", 0x2155, false},
    {u"frac18", 0x215B, false},
    {u"frac23", 0x2154, false},
    {u"frac34", 0xBE, true},
    {u"frasl", 0x2044, false},
    {u"frown", 0x2322, false},
    {u"gamma", 0x3B3, false},
    {u"gbreve", 0x11F, false},
    {u"gcirc", 0x11D, false},
    {u"gdot", 0x121, false},
    {u"ge", 0x2265, false},
    {u"geq", 0x2265, false},
    {u"grave", 0x60, false},
    {u"gt", 0x3E, true},
    {u"hArr", 0x21D4, false},
    {u"hairsp", 0x200A, false},
    {u"half", 0xBD, false},
    {u"harr", 0x2194, false},
    {u"hcirc", 0x125, false},
    {u"hearts", 0x2665, false},
    {u"hellip", 0x2026, false},
    {u"hookleftarrow", 0x21A9, false},
    {u"horbar", 0x2015, false},
    {u"hstrok", 0x127, false},
    {u"hyphen", 0x2010, false},
    {u"iacute", 0xED, true},
    {u"icirc", 0xEE, true},
    {u"iexcl", 0xA1, true},
    {u"igrave", 0xEC, true},
    {u"ijlig", 0x133, false},
    {u"imacr", 0x12B, false},
    {u"image", 0x2111, false},
    {u"imath", 0x131, false},
    {u"in", 0x2208, false},
    {u"incare", 0x2105, false},
    {u"infin", 0x221E, false},
    {u"inodot", 0x131, false},
    {u"int", 0x222B, false},
    {u"iogon", 0x12F, false},
    {u"iota", 0x3B9, false},
    {u"iquest", 0xBF, true},
    {u"isin", 0x2208, false},
    {u"isinv", 0x2208, false},
    {u"itilde", 0x129, false},
    {u"iuml", 0xEF, true},
    {u"jcirc", 0x135, false},
    {u"kappa", 0x3BA, false},
    {u"kcedil", 0x137, false},
    {u"lArr", 0x21D0, false},
    {u"lacute", 0x13A, false},
    {u"lambda", 0x3BB, false},
    {u"lang", 0x27E8, false},
    {u"laquo", 0xAB, true},
    {u"larr", 0x2190, false},
    {u"larrb", 0x21E4, false},
    {u"larrhk", 0x21A9, false},
    {u"lbrace", 0x7B, false},
    {u"lbrack", 0x5B, false},
    {u"lcaron", 0x13E, false},
    {u"lcedil", 0x13C, false},
    {u"lceil", 0x2308, false},
    {u"lcub", 0x7B, false},
    {u"ldquo", 0x201C, false},
    {u"ldquor", 0x201E, false},
    {u"le", 0x2264, false},
    {u"leftarrow", 0x2190, false},
    {u"leq", 0x2264, false},
    {u"lfloor", 0x230A, false},
    {u"lmidot", 0x140, false},
    {u"lowast", 0x2217, false},
    {u"lowbar", 0x5F, false},
    {u"loz", 0x25CA, false},
    {u"lpar", 0x28, false},
    {u"lrm", 0x200E, false},
    {u"lsaquo", 0x2039, false},
    {u"lsqb", 0x5B, false},
    {u"lsquo", 0x2018, false},
    {u"lsquor", 0x201A, false},
    {u"lstrok", 0x142, false},
    {u"lt", 0x3C, true},
    {u"macr", 0xAF, true},
    {u"male", 0x2642, false},
    {u"mdash", 0x2014, false},
    {u"micro", 0xB5, true},
    {u"midast", 0x2A, false},
    {u"middot", 0xB7, true},
    {u"minus", 0x2212, false},
    {u"mldr", 0x2026, false},
    {u"mnplus", 0x2213, false},
    {u"mu", 0x3BC, false},
    {u"nabla", 0x2207, false},
    {u"nacute", 0x144, false},
    {u"napos", 0x149, false},
    {u"nbsp", 0xA0, true},
    {u"ncaron", 0x148, false},
    {u"ncedil", 0x146, false},
    {u"ndash", 0x2013, false},
    {u"ne", 0x2260, false},
    {u"ni", 0x220B, false},
    {u"nldr", 0x2025, false},
    {u"not", 0xAC, true},
    {u"notin", 0x2209, false},
    {u"nsub", 0x2284, false},
    {u"ntilde", 0xF1, true},
    {u"nu", 0x3BD, false},
    {u"num", 0x23, false},
    {u"numero", 0x2116, false},
    {u"numsp", 0x2007, false},
    {u"oacute", 0xF3, true},
    {u"ocirc", 0xF4, true},
    {u"odblac", 0x151, false},
    {u"oelig", 0x153, false},
    {u"ograve", 0xF2, true},
    {u"ohm", 0x3A9, false},
    {u"oline", 0x203E, false},
    {u"omacr", 0x14D, false},
    {u"omega", 0x3C9, false},
    {u"omicron", 0x3BF, false},
    {u"oplus", 0x2295, false},
    {u"or", 0x2228, false},
    {u"ordf", 0xAA, true},
    {u"ordm", 0xBA, true},
    {u"oslash", 0xF8, true},
    {u"otilde", 0xF5, true},
    {u"otimes", 0x2297, false},
    {u"ouml", 0xF6, true},
    {u"para", 0xB6, true},
    {u"part", 0x2202, false},
    {u"percnt", 0x25, false},
    {u"period", 0x2E, false},
    {u"permil", 0x2030, false},
    {u"perp", 0x22A5, false},
    {u"phi", 0x3C6, false},
    {u"phone", 0x260E, false},
    {u"pi", 0x3C0, false},
    {u"piv", 0x3D6, false},
    {u"plus", 0x2B, false},
    {u"plusmn", 0xB1, true},
    {u"pm", 0xB1, false},
    {u"pound", 0xA3, true},
    {u"prime", 0x2032, false},
    {u"prod", 0x220F, false},
    {u"prop", 0x221D, false},
    {u"psi", 0x3C8, false},
    {u"puncsp", 0x2008, false},
    {u"quest", 0x3F, false},
    {u"quot", 0x22, true},
    {u"rArr", 0x21D2, false},
    {u"racute", 0x155, false},
    {u"radic", 0x221A, false},
    {u"rang", 0x27E9, false},
    {u"raquo", 0xBB, true},
    {u"rarr", 0x2192, false},
    {u"rarrb", 0x21E5, false},
    {u"rbrace", 0x7D, false},
    {u"rbrack", 0x5D, false},
    {u"rcaron", 0x159, false},
    {u"rcedil", 0x157, false},
    {u"rceil", 0x2309, false},
    {u"rcub", 0x7D, false},
    {u"rdquo", 0x201D, false},
    {u"rdquor", 0x201D, false},
    {u"real", 0x211C, false},
    {u"reg", 0xAE, true},
    {u"rfloor", 0x230B, false},
    {u"rho", 0x3C1, false},
    {u"rightarrow", 0x2192, false},
    {u"rlm", 0x200F, false},
    {u"rpar", 0x29, false},
    {u"rsaquo", 0x203A, false},
    {u"rsqb", 0x5D, false},
    {u"rsquo", 0x2019, false},
    {u"rsquor", 0x2019, false},
    {u"sacute", 0x15B, false},
    {u"sbquo", 0x201A, false},
    {u"scaron", 0x161, false},
    {u"scedil", 0x15F, false},
    {u"scirc", 0x15D, false},
    {u"sdot", 0x22C5, false},
    {u"sect", 0xA7, true},
    {u"semi", 0x3B, false},
    {u"setminus", 0x2216, false},
    {u"shy", 0xAD, true},
    {u"sigma", 0x3C3, false},
    {u"sigmaf", 0x3C2, false},
    {u"sim", 0x223C, false},
    {u"smile", 0x2323, false},
    {u"sol", 0x2F, false},
    {u"spades", 0x2660, false},
    {u"star", 0x2606, false},
    {u"starf", 0x2605, false},
    {u"sub", 0x2282, false},
    {u"sube", 0x2286, false},
    {u"sum", 0x2211, false},
    {u"sup", 0x2283, false},
    {u"sup1", 0xB9, true},
    {u"sup2", 0xB2, true},
    {u"sup3", 0xB3, true},
    {u"supe", 0x2287, false},
    {u"szlig", 0xDF, true},
    {u"tau", 0x3C4, false},
    {u"tcaron", 0x165, false},
    {u"tcedil", 0x163, false},
    {u"there4", 0x2234, false},
    {u"theta", 0x3B8, false},
    {u"thetasym", 0x3D1, false},
    {u"thinsp", 0x2009, false},
    {u"thorn", 0xFE, true},
    {u"tilde", 0x2DC, false},
    {u"times", 0xD7, true},
    {u"trade", 0x2122, false},
    {u"tstrok", 0x167, false},
    {u"uArr", 0x21D1, false},
    {u"uacute", 0xFA, true},
    {u"uarr", 0x2191, false},
    {u"ubreve", 0x16D, false},
    {u"ucirc", 0xFB, true},
    {u"udblac", 0x171, false},
    {u"ugrave", 0xF9, true},
    {u"umacr", 0x16B, false},
    {u"uml", 0xA8, true},
    {u"uogon", 0x173, false},
    {u"uparrow", 0x2191, false},
    {u"upsih", 0x3D2, false},
    {u"upsilon", 0x3C5, false},
    {u"uring", 0x16F, false},
    {u"utilde", 0x169, false},
    {u"uuml", 0xFC, true},
    {u"vee", 0x2228, false},
    {u"verbar", 0x7C, false},
    {u"vert", 0x7C, false},
    {u"wcirc", 0x175, false},
    {u"wedge", 0x2227, false},
    {u"weierp", 0x2118, false},
    {u"xi", 0x3BE, false},
    {u"yacute", 0xFD, true},
    {u"ycirc", 0x177, false},
    {u"yen", 0xA5, true},
    {u"yuml", 0xFF, true},
    {u"zacute", 0x17A, false},
    {u"zcaron", 0x17E, false},
    {u"zdot", 0x17C, false},
    {u"zeta", 0x3B6, false},
    {u"zwj", 0x200D, false},
    {u"zwnj", 0x200C, false},
};

// HTML5 maps numeric references to C1 controls as windows-1252 does: "&#150;" is "–".
constexpr char16_t kWindows1252C1[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

const NamedReference *findNamed(std::u16string_view name)
{
    const auto *begin = std::begin(kNamedReferences);
    const auto *end = std::end(kNamedReferences);
    const auto *it =
        std::lower_bound(begin, end, name,
                         [](const NamedReference &r, std::u16string_view n) { return r.name < n; });
    return it != end && it->name == name ? it : nullptr;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        out.append(QChar(0xFFFD));
    } else if (c >= 0x80 && c <= 0x9F) {
        out.append(QChar(kWindows1252C1[c - 0x80]));
    } else if (c >= 0x10000) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

} // namespace

qsizetype decodeCharacterReference(QStringView html, qsizetype at, QString &out)
{
    const qsizetype n = html.size();
    const auto *s = reinterpret_cast<const char16_t *>(html.utf16());
    qsizetype i = at + 1;
    if (i >= n)
        return 0;
    if (s[i] == u'#') {
        ++i;
        const bool hex = i < n && (s[i] == u'x' || s[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        for (; i < n; ++i) {
            const char16_t c = s[i];
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            if (value > 0x10FFFF)
                overflow = true;
            if (overflow)
                value = 0x110000;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && s[i] == u';')
            ++i;
        appendCodePoint(out, value);
        return i - at;
    }

    // Named: the longest run of letters and digits, with its ';' if there is one.
    qsizetype end = i;
    while (end < n && end - i < 40 && isAsciiAlnum(s[end]))
        ++end;
    if (end == i)
        return 0;
    std::u16string_view name(s + i, static_cast<size_t>(end - i));
    if (end < n && s[end] == u';') {
        if (const NamedReference *r = findNamed(name)) {
            appendCodePoint(out, r->codePoint);
            return end + 1 - at;
        }
    }
    // Legacy names may stand without ';' ("&copy 2020", "&eacutes" is "ést"): longest prefix.
    for (size_t len = name.size(); len >= 2; --len) {
        const NamedReference *r = findNamed(name.substr(0, len));
        if (r && r->legacy) {
            appendCodePoint(out, r->codePoint);
            return static_cast<qsizetype>(len) + 1;
        }
    }
    return 0;
}

QString decodeCharacterReferences(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            if (const qsizetype used = decodeCharacterReference(text, i, out)) {
                i += used;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

} // namespace crible::text::detail

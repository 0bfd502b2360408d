/**
 * The one rule for markets, for the client's `market` options (params.ts checkValue, ParamSpec.format)
 * and for the GraphQL server's arguments and its default market (src/resolvers/ids.ts,
 * src/server/config.ts import it from here). The markets a `market` option may name: the 185 markets Spotify serves (2026), ISO 3166-1
 * alpha-2 codes plus XK (Kosovo), as `GET /v1/markets` lists them (Spotify's Web API reference and
 * the `available_markets` of its catalog objects). A code of the right shape outside the list ("XX",
 * "UK", "CU") is refused before Spotify is called, as Spotify would refuse it with a 400. The
 * emulator keeps its own copy (src/emulator/catalog-words.ts, as it imports nothing from the rest of
 * src/); a test checks that both agree.
 */
const CODES = `
AD AE AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT
BW BY BZ CA CD CG CH CI CL CM CO CR CV CW CY CZ DE DJ DK DM DO DZ EC EE
EG ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU
ID IE IL IN IQ IS IT JM JO JP KE KG KH KI KM KN KR KW KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MG MH MK ML MN MO MR MT MU MV MW MX MY MZ
NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PR PS PT PW PY QA RO RS
RW SA SB SC SE SG SI SK SL SM SN SR ST SV SZ TD TG TH TJ TL TN TO TR TT
TV TW TZ UA UG US UY UZ VC VE VN VU WS XK ZA ZM ZW`;

/** Every code a market may be. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(CODES.trim().split(/\s+/));

/** Whether `value` is a market Spotify serves (upper case, as Spotify writes it). */
export const isCountryCode = (value: string): boolean => COUNTRY_CODES.has(value);

/**
 * Whether `value` may be sent as a `market`: a market Spotify serves (isCountryCode) or `from_token`,
 * which Spotify's reference names for "the country associated with the user account" of a user token
 * (Web API reference, the `market` parameter of the catalog reads).
 */
export const isMarket = (value: string): boolean => value === 'from_token' || COUNTRY_CODES.has(value);

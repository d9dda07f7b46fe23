// The fixed starting set of categories and the keywords the detector looks for.
// Pure data plus two lookups: shared by the server and the browser form, so no I/O here.
//
// Keyword rules (enforced by detect-category.test.ts):
// - Within one transaction type a keyword (after normalizeText) belongs to exactly one
//   category; the same word may appear once for income and once for expense
//   ("interest" is Investments income, "interest charge" is a Fees & Charges expense).
// - Words that are ambiguous on their own are listed in multi-word form: "gas station"
//   (Transport) vs "gas bill" (Utilities), "apple music" (Subscriptions) vs "apple store"
//   (Shopping). The detector prefers the longest keyword, so "uber eats" beats "uber" and
//   "gym membership" beats "membership".
// - Keywords are written lowercase, as a person would type them. Punctuation and accents
//   do not matter: "domino's" also matches "DOMINOS PIZZA", "disney+" matches "Disney".

export type TransactionType = "income" | "expense";

export type Category = { id: string; name: string; type: TransactionType; keywords: string[] };

export const EXPENSE_CATEGORY_NAMES = [
  "Food & Dining",
  "Groceries",
  "Transport",
  "Housing",
  "Utilities",
  "Shopping",
  "Entertainment",
  "Health",
  "Education",
  "Travel",
  "Subscriptions",
  "Personal Care",
  "Gifts & Donations",
  "Fees & Charges",
  "Other",
] as const;

export const INCOME_CATEGORY_NAMES = [
  "Salary",
  "Freelance",
  "Investments",
  "Refunds",
  "Gifts",
  "Other Income",
] as const;

export type ExpenseCategoryName = (typeof EXPENSE_CATEGORY_NAMES)[number];
export type IncomeCategoryName = (typeof INCOME_CATEGORY_NAMES)[number];
export type CategoryName = ExpenseCategoryName | IncomeCategoryName;

/** What a transaction falls back to when nothing in its note is recognised. */
export const FALLBACK_CATEGORY: Readonly<Record<TransactionType, CategoryName>> = {
  expense: "Other",
  income: "Other Income",
};

type CategoryDefinition = { id: string; keywords: string[] };

// Keyed by name so the compiler checks every category has a definition; the order of
// CATEGORIES (which breaks detection ties) comes from the name tuples, not from here.
const EXPENSE_DEFINITIONS: Record<ExpenseCategoryName, CategoryDefinition> = {
  "Food & Dining": {
    id: "food-dining",
    keywords: [
      // Places and occasions
      "restaurant", "cafe", "coffee", "coffee shop", "bakery", "bar", "pub", "wine bar", "bistro", "brasserie",
      "diner", "steakhouse", "grill", "canteen", "cafeteria", "food court", "food truck", "takeaway", "takeout",
      "take out", "food delivery", "eating out", "dining", "meal", "food", "lunch", "dinner", "breakfast", "brunch",
      "drinks", "happy hour", "snack", "snacks",
      // Dishes and drinks
      "pizza", "burger", "burgers", "sushi", "ramen", "pho", "noodles", "kebab", "tacos", "burrito", "dim sum",
      "tapas", "sandwich", "bagel", "donut", "doughnut", "ice cream", "gelato", "bubble tea", "boba", "latte",
      "cappuccino", "espresso", "flat white", "beer", "beers", "cocktail", "cocktails", "wine",
      // Chains
      "starbucks", "costa coffee", "pret a manger", "pret", "mcdonald's", "mcdonald", "burger king", "kfc", "subway",
      "domino's", "pizza hut", "papa john's", "chipotle", "five guys", "taco bell", "wendy's", "nando's", "wagamama",
      "greggs", "tim hortons", "dunkin", "dunkin donuts", "shake shack", "panera", "chick fil a", "in n out",
      "blue bottle",
      // Delivery apps
      "uber eats", "doordash", "deliveroo", "grubhub", "just eat", "postmates", "seamless", "glovo", "wolt", "swiggy",
      "zomato", "too good to go",
    ],
  },
  Groceries: {
    id: "groceries",
    keywords: [
      "supermarket", "grocery", "groceries", "grocery store", "food shop", "food shopping", "weekly shop", "big shop",
      "convenience store", "corner shop", "minimarket", "mini market", "farmers market", "butcher", "greengrocer",
      "fishmonger", "milk", "bread", "eggs", "vegetables", "fruit", "produce",
      // Chains, by region
      "walmart", "wm supercenter", "kroger", "costco", "costco whse", "whole foods", "wholefds", "trader joe's",
      "trader joe", "safeway", "publix", "albertsons", "wegmans", "h-e-b", "food lion", "meijer", "sprouts", "aldi",
      "lidl", "tesco", "sainsbury's", "asda", "morrisons", "waitrose", "co-op", "ocado", "m&s food", "simply food",
      "spar", "carrefour", "auchan", "leclerc", "intermarche", "monoprix", "franprix", "edeka", "rewe", "netto",
      "mercadona", "continente", "pingo doce", "albert heijn", "7-eleven", "instacart", "picnic",
    ],
  },
  Transport: {
    id: "transport",
    keywords: [
      // Rides and public transport
      "uber", "lyft", "taxi", "cab", "bolt", "free now", "bus", "bus fare", "bus ticket", "bus pass", "metro",
      "subway fare", "subway ticket", "tube", "underground", "train", "train ticket", "rail", "railway", "tram",
      "tfl", "oyster", "mta", "metrocard", "commute", "travel card", "travelcard", "citi bike", "bike share",
      "lime scooter", "lime bike", "e-scooter", "zipcar",
      // Car running costs; "gas" alone is ambiguous with the gas bill
      "fuel", "gas station", "petrol", "petrol station", "diesel", "fill up", "filled up", "shell", "bp", "esso",
      "exxon", "exxonmobil", "mobil", "chevron", "texaco", "totalenergies", "arco", "valero", "sunoco", "circle k",
      "parking", "car park", "parkmobile", "ringgo", "toll", "tolls", "e-zpass", "congestion charge", "car wash",
      "mechanic", "oil change", "tyres", "tires", "car repair", "car service", "mot", "car insurance", "car payment",
      "car loan", "ev charging",
    ],
  },
  Housing: {
    id: "housing",
    keywords: [
      "rent", "monthly rent", "rent payment", "mortgage", "mortgage payment", "landlord", "letting agent",
      "property management", "lease", "hoa", "hoa fees", "condo fee", "strata", "property tax", "council tax",
      "home insurance", "renters insurance", "homeowners insurance", "security deposit",
      // Upkeep and home improvement
      "plumber", "electrician", "handyman", "locksmith", "home repair", "roofing", "pest control", "gardener",
      "lawn care", "house cleaning", "cleaner", "movers", "removals", "storage unit", "home depot", "lowe's", "b&q",
      "homebase", "bunnings", "leroy merlin",
    ],
  },
  Utilities: {
    id: "utilities",
    keywords: [
      "utilities", "utility bill", "electricity", "electric bill", "power bill", "energy bill", "gas bill",
      "gas and electric", "water bill", "sewer", "sewage", "trash", "garbage collection", "waste collection",
      "heating", "heating oil", "internet", "broadband", "wifi", "fiber", "phone bill", "mobile bill", "cell phone",
      "phone plan", "mobile plan", "mobile top up", "sim card",
      // Providers
      "comcast", "xfinity", "verizon", "at&t", "t-mobile", "sprint", "spectrum", "vodafone", "ee", "o2",
      "virgin media", "bt broadband", "sky broadband", "british gas", "edf", "octopus energy", "eon", "pg&e",
      "con edison", "duke energy", "national grid", "thames water",
    ],
  },
  Shopping: {
    id: "shopping",
    keywords: [
      "shopping", "mall", "department store", "online order", "clothes", "clothing", "shoes", "sneakers", "jacket",
      "coat", "sweater", "hoodie", "dress", "jeans", "t-shirt", "electronics", "laptop", "headphones", "phone case",
      "charger", "furniture", "home decor", "kitchenware", "books", "bookstore", "toys", "pet supplies", "pet food",
      // Retailers and marketplaces
      "amazon", "amzn", "amazon marketplace", "amzn mktp", "ebay", "etsy", "target", "best buy", "apple store",
      "ikea", "argos", "john lewis", "currys", "macy's", "nordstrom", "tj maxx", "tk maxx", "marshalls", "zara",
      "h&m", "uniqlo", "primark", "nike", "adidas", "old navy", "shein", "temu", "aliexpress", "asos", "zalando",
      "wayfair", "decathlon", "sports direct", "petco", "petsmart", "kindle", "waterstones", "fnac", "mediamarkt",
    ],
  },
  Entertainment: {
    id: "entertainment",
    keywords: [
      "cinema", "movie", "movies", "movie theater", "imax", "theatre", "theater", "concert", "concert tickets",
      "gig tickets", "festival", "comedy show", "show tickets", "museum", "gallery", "exhibition", "zoo", "aquarium",
      "theme park", "bowling", "karaoke", "escape room", "arcade", "nightclub", "club entry", "mini golf", "golf",
      "paintball", "laser tag", "casino", "betting", "lottery ticket", "board game", "video game", "game", "games",
      "xbox", "playstation", "nintendo", "football tickets", "match tickets",
      // Venues, ticketing and games
      "amc", "odeon", "cineworld", "ticketmaster", "eventbrite", "live nation", "stubhub", "disneyland",
      "disney world", "universal studios", "steam", "steamgames", "steampowered", "playstation store", "xbox store",
      "nintendo eshop",
    ],
  },
  Health: {
    id: "health",
    keywords: [
      "pharmacy", "chemist", "drugstore", "prescription", "medicine", "medication", "vitamins", "supplements",
      "doctor", "gp", "clinic", "hospital", "urgent care", "copay", "co-pay", "health insurance", "lab test",
      "blood test", "vaccine", "vaccination", "dentist", "dental", "orthodontist", "optician", "optometrist",
      "eye exam", "glasses", "contact lenses", "therapist", "therapy", "counseling", "psychologist", "physio",
      "physiotherapy", "chiropractor",
      // Fitness
      "gym", "gym membership", "fitness", "yoga class", "pilates", "crossfit", "personal trainer",
      // Chains
      "cvs", "walgreens", "rite aid", "boots pharmacy", "planet fitness", "puregym", "anytime fitness",
    ],
  },
  Education: {
    id: "education",
    keywords: [
      "tuition", "tuition fee", "school fees", "school", "university", "college", "course", "online course", "class",
      "lessons", "workshop", "seminar", "tutor", "tutoring", "bootcamp", "certification", "exam", "exam fee",
      "textbook", "textbooks", "school supplies", "stationery", "student loan", "language class", "driving lessons",
      "daycare", "kindergarten",
      // Platforms
      "udemy", "coursera", "edx", "skillshare", "masterclass", "duolingo", "khan academy", "pluralsight",
      "linkedin learning", "codecademy", "babbel",
    ],
  },
  Travel: {
    id: "travel",
    keywords: [
      "flight", "flights", "airline", "airfare", "plane ticket", "airport", "hotel", "hostel", "motel", "resort",
      "airbnb", "vacation", "holiday", "travel insurance", "visa fee", "passport", "luggage", "baggage fee",
      "car rental", "rental car", "ferry", "cruise", "tour", "guided tour", "excursion", "sightseeing",
      "travel agency", "accommodation", "duty free",
      // Airlines, booking sites, long-distance operators
      "ryanair", "easyjet", "wizz air", "british airways", "lufthansa", "air france", "klm", "delta air",
      "united airlines", "american airlines", "southwest airlines", "jetblue", "emirates", "qatar airways", "tap air",
      "vueling", "booking.com", "expedia", "hotels.com", "trivago", "agoda", "vrbo", "kayak", "skyscanner", "hertz",
      "avis", "sixt", "europcar", "eurostar", "amtrak", "flixbus", "greyhound",
    ],
  },
  Subscriptions: {
    id: "subscriptions",
    keywords: [
      "subscription", "monthly subscription", "membership", "renewal", "premium plan",
      // Streaming video and music
      "netflix", "spotify", "disney+", "disney plus", "hulu", "hbo", "hbo max", "youtube premium", "youtube tv",
      "apple music", "apple tv", "apple.com/bill", "itunes", "prime video", "amazon prime", "paramount+", "peacock",
      "crunchyroll", "twitch", "deezer", "tidal", "audible", "kindle unlimited", "sirius xm", "sky tv", "now tv",
      // Software, storage and news
      "icloud", "google one", "google storage", "dropbox", "adobe", "creative cloud", "microsoft 365", "office 365",
      "chatgpt", "openai", "github", "notion", "canva", "zoom.us", "1password", "lastpass", "nordvpn", "expressvpn",
      "grammarly", "headspace", "linkedin premium", "new york times", "nytimes", "washington post", "patreon",
      "substack", "xbox game pass", "playstation plus", "ps plus",
    ],
  },
  "Personal Care": {
    id: "personal-care",
    keywords: [
      "haircut", "hairdresser", "barber", "barbershop", "hair salon", "salon", "nail salon", "nails", "manicure",
      "pedicure", "spa", "massage", "facial", "waxing", "eyebrows", "eyebrow", "threading", "lashes", "tanning",
      "hair dye", "beauty", "cosmetics", "makeup", "skincare", "toiletries", "shampoo", "deodorant", "razor",
      "grooming", "perfume", "cologne", "dry cleaning", "laundry", "laundromat",
      // Chains
      "sephora", "ulta", "superdrug", "the body shop", "lush",
    ],
  },
  "Gifts & Donations": {
    id: "gifts-donations",
    keywords: [
      "gift", "gifts", "present", "presents", "birthday present", "wedding gift", "gift card", "christmas gifts",
      "secret santa", "baby shower", "birthday card", "greeting card", "flowers", "florist", "interflora", "donation",
      "donate", "charity", "fundraiser", "sponsor", "nonprofit", "crowdfunding", "tithe", "church", "zakat",
      // Organisations
      "gofundme", "red cross", "unicef", "oxfam", "save the children", "salvation army", "wikipedia", "msf", "wwf",
      "justgiving",
    ],
  },
  "Fees & Charges": {
    id: "fees-charges",
    keywords: [
      "fee", "fees", "bank fee", "bank charge", "bank charges", "atm fee", "atm withdrawal fee", "overdraft",
      "overdraft fee", "late fee", "late payment fee", "interest", "interest charge", "interest charged",
      "loan interest", "credit card interest", "finance charge", "commission", "penalty", "surcharge", "service fee",
      "transaction fee", "foreign transaction fee", "fx fee", "currency conversion fee", "wire fee", "transfer fee",
      "annual fee", "card fee", "monthly fee", "account fee", "maintenance fee", "processing fee", "convenience fee",
      "returned payment", "nsf fee", "insufficient funds", "cash advance fee", "parking fine", "speeding fine",
      "traffic fine", "income tax", "tax payment", "irs", "hmrc",
    ],
  },
  // Deliberately keyword-less: it is the fallback, never a positive match.
  Other: { id: "other", keywords: [] },
};

const INCOME_DEFINITIONS: Record<IncomeCategoryName, CategoryDefinition> = {
  Salary: {
    id: "salary",
    keywords: [
      "salary", "salary payment", "payroll", "paycheck", "paycheque", "pay check", "payslip", "wages", "wage",
      "net pay", "monthly pay", "payday", "pay day", "direct deposit", "direct dep", "bonus", "overtime",
      "commission", "holiday pay", "sick pay", "severance", "stipend", "employer", "adp", "gusto",
    ],
  },
  Freelance: {
    id: "freelance",
    keywords: [
      "freelance", "freelancing", "invoice", "client", "client payment", "consulting", "consultancy", "contractor",
      "contract work", "gig", "side gig", "side hustle", "project payment", "self employed", "honorarium",
      "royalties", "royalty", "upwork", "fiverr", "toptal", "stripe payout", "etsy payout", "uber earnings",
      "doordash pay",
    ],
  },
  Investments: {
    id: "investments",
    keywords: [
      "dividend", "dividends", "interest", "interest earned", "savings interest", "capital gain", "capital gains",
      "stock", "stocks", "shares", "sold shares", "etf", "fund distribution", "mutual fund", "bond", "bonds",
      "coupon payment", "yield", "crypto", "bitcoin", "ethereum", "staking", "staking rewards", "investment",
      "investment return", "brokerage", "vanguard", "fidelity", "schwab", "robinhood", "etoro", "trading 212",
      "degiro", "coinbase", "binance",
    ],
  },
  Refunds: {
    id: "refunds",
    keywords: [
      "refund", "refunded", "partial refund", "tax refund", "reimbursement", "reimbursed", "expense claim",
      "expenses", "cashback", "cash back", "chargeback", "return", "returned", "rebate", "money back", "credit note",
      "deposit returned", "compensation", "paid me back", "paying back", "pay back", "repayment",
    ],
  },
  Gifts: {
    id: "gifts-income",
    keywords: [
      "gift", "gifts", "present", "birthday money", "birthday gift", "christmas money", "wedding gift",
      "red envelope", "hongbao", "inheritance", "gift card", "pocket money", "from grandma", "from mom", "from mum",
      "from dad", "from parents",
    ],
  },
  "Other Income": {
    id: "other-income",
    keywords: [
      "prize", "winnings", "lottery", "jackpot", "sold", "selling", "ebay sale", "vinted", "depop",
      "facebook marketplace", "rental income", "tenant", "rent received", "pension", "benefits", "child benefit",
      "tax credit", "stimulus", "grant", "scholarship",
    ],
  },
};

function toCategories<Name extends string>(
  names: readonly Name[],
  type: TransactionType,
  definitions: Record<Name, CategoryDefinition>,
): Category[] {
  return names.map((name) => ({ name, type, ...definitions[name] }));
}

/** Every built-in category, expense first, each type in display (and tie-break) order. */
export const CATEGORIES: readonly Category[] = [
  ...toCategories(EXPENSE_CATEGORY_NAMES, "expense", EXPENSE_DEFINITIONS),
  ...toCategories(INCOME_CATEGORY_NAMES, "income", INCOME_DEFINITIONS),
];

const CATEGORIES_BY_NAME: ReadonlyMap<string, Category> = new Map(CATEGORIES.map((c) => [c.name, c]));

/** The built-in category with exactly this name (names are case-sensitive identifiers). */
export function findCategory(name: string): Category | undefined {
  return CATEGORIES_BY_NAME.get(name);
}

/** Whether `name` is a built-in category of `type`, e.g. to validate a form submission. */
export function isCategoryOfType(name: string, type: TransactionType): boolean {
  return findCategory(name)?.type === type;
}

"""The demo company, Nordhafen Logistik GmbH: a mid-sized logistics firm in
Hamburg with a real, modest AI story. Every AI claim below is backed by the
evidence defined here; the two drafts at the end show what a blocked claim
looks like. Dates are relative to the day the demo is loaded, so the evidence
never goes stale."""

ORGANISATION = {
    "name": "Nordhafen Logistik GmbH",
    "website": "https://nordhafen.example",
    "claimed_maturity": "scaling",
}

DEPARTMENTS = [
    ("Logistics", "Logistik"),
    ("Customer Service", "Kundenservice"),
    ("Warehousing", "Lager"),
    ("Customs", "Zoll"),
    ("Finance", "Finanzen"),
]

LOCATIONS = [
    # key, name, name_de, street, postal code, city, region, country
    (
        "hamburg",
        "Hamburg HQ",
        "Hamburg Zentrale",
        "Am Sandtorkai 40",
        "20457",
        "Hamburg",
        "Hamburg",
        "DE",
    ),
    (
        "bremen",
        "Bremen hub",
        "Hub Bremen",
        "Hafenstraße 12",
        "28217",
        "Bremen",
        "Bremen",
        "DE",
    ),
    (
        "berlin",
        "Berlin office",
        "Büro Berlin",
        "Friedrichstraße 68",
        "10117",
        "Berlin",
        "Berlin",
        "DE",
    ),
    (
        "vienna",
        "Vienna office",
        "Büro Wien",
        "Praterstraße 1",
        "1020",
        "Wien",
        "Wien",
        "AT",
    ),
]

PEOPLE = {
    # key: (name, job title, bio)
    "weber": (
        "Dr. Anna Weber",
        "Head of Data Science",
        "Built Nordhafen's first forecasting models in 2021; cares about "
        "models that dispatchers trust.",
    ),
    "keller": (
        "Jonas Keller",
        "Staff ML Engineer",
        "Runs the ETA model in production and the team's on-call rota.",
    ),
    "lin": (
        "Mei Lin",
        "Data Scientist",
        "Works on demand forecasting for warehouse staffing.",
    ),
    "okafor": (
        "Chidi Okafor",
        "ML Engineer",
        "Moved from warehouse operations into ML; owns the slotting model.",
    ),
    "brandt": (
        "Eva Brandt",
        "Head of Platform Engineering",
        "Keeps 40 services and the shared GPU pool running.",
    ),
    "nowak": (
        "Piotr Nowak",
        "Senior Site Reliability Engineer",
        "Believes in boring infrastructure and good runbooks.",
    ),
    "schulz": ("Lena Schulz", "Backend Engineer", "Writes Python and Postgres."),
    "yilmaz": (
        "Deniz Yılmaz",
        "Head of Customer Operations",
        "Leads 23 people in service and claims handling.",
    ),
    "vos": (
        "Clara Vos",
        "Team Lead Customer Service",
        "Interviews every new service agent herself.",
    ),
    "berger": ("Tom Berger", "Customs Lead", "Twenty years of customs paperwork."),
}

#: The members' roles on the German team pages.
ROLES_DE = {
    "Head of Data Science": "Leiterin Data Science",
    "Head of Platform Engineering": "Leiterin Platform Engineering",
    "Backend Engineer": "Backend-Entwicklerin",
    "Head of Customer Operations": "Leiter Customer Operations",
    "Team Lead Customer Service": "Teamleiterin Kundenservice",
}

TEAMS = [
    {
        "key": "team-data-science",
        "slug": "data-science",
        "department": "Logistics",
        "headcount": 11,
        "members": [
            ("weber", "Head of Data Science", True, True),
            ("keller", "Staff ML Engineer", False, True),
            ("lin", "Data Scientist", False, False),
            ("okafor", "ML Engineer", False, True),
        ],
        "en": {
            "title": "Data Science & Machine Learning",
            "summary": "Eleven people who turn scan events into forecasts that "
            "dispatchers, pickers and customers rely on.",
            "description": "<p>We build the forecasting and optimisation models "
            "behind Nordhafen ETA and warehouse slotting, and we run them "
            "ourselves: from the feature pipeline to the on-call rota.</p>"
            "<p>Our machine learning team of 11 works in Hamburg and remotely. "
            "We pair on hard problems, review every model change like code, and "
            "keep a weekly paper-reading hour.</p>",
        },
        "de": {
            "title": "Data Science & Machine Learning",
            "summary": "Elf Menschen, die aus Scan-Ereignissen Prognosen machen, "
            "auf die sich Disposition, Lager und Kundschaft verlassen.",
            "description": "<p>Wir entwickeln die Prognose- und "
            "Optimierungsmodelle hinter Nordhafen ETA und der Lagerplatzvergabe "
            "und betreiben sie selbst: von der Feature-Pipeline bis zur "
            "Rufbereitschaft.</p><p>Unser Machine-Learning-Team aus 11 Personen "
            "arbeitet in Hamburg und remote. Wir lösen schwierige Probleme "
            "gemeinsam, prüfen jede Modelländerung wie Code und lesen jede "
            "Woche gemeinsam ein Paper.</p>",
        },
    },
    {
        "key": "team-platform",
        "slug": "platform-engineering",
        "department": "Logistics",
        "headcount": 14,
        "members": [
            ("brandt", "Head of Platform Engineering", True, True),
            ("nowak", "Senior SRE", False, True),
            ("schulz", "Backend Engineer", False, False),
        ],
        "en": {
            "title": "Platform Engineering",
            "summary": "The people who keep 40 services, our data platform and "
            "the GPU pool fast, safe and boring.",
            "description": "<p>We run Nordhafen's Kubernetes clusters, the "
            "Postgres fleet, the event stream that carries every parcel scan, "
            "and the shared GPU pool. We like small services, written runbooks "
            "and quiet nights.</p>",
        },
        "de": {
            "title": "Platform Engineering",
            "summary": "Wir halten 40 Dienste, unsere Datenplattform und den "
            "GPU-Pool schnell, sicher und langweilig.",
            "description": "<p>Wir betreiben die Kubernetes-Cluster, die "
            "Postgres-Datenbanken, den Event-Stream mit jedem Paket-Scan und den "
            "gemeinsamen GPU-Pool. Wir mögen kleine Dienste, aufgeschriebene "
            "Runbooks und ruhige Nächte.</p>",
        },
    },
    {
        "key": "team-customer-ops",
        "slug": "customer-operations",
        "department": "Customer Service",
        "headcount": 23,
        "members": [
            ("yilmaz", "Head of Customer Operations", True, True),
            ("vos", "Team Lead Customer Service", False, True),
        ],
        "en": {
            "title": "Customer Operations",
            "summary": "Service and claims handling for 3,000 business "
            "customers, by phone, chat and e-mail.",
            "description": "<p>We answer 1,200 customer contacts a day and "
            "settle damage claims. We test every new tool with the people who "
            "use it before it goes live.</p>",
        },
        "de": {
            "title": "Customer Operations",
            "summary": "Service und Schadensbearbeitung für 3.000 "
            "Geschäftskunden, per Telefon, Chat und E-Mail.",
            "description": "<p>Wir beantworten 1.200 Kundenanfragen am Tag und "
            "regulieren Transportschäden. Jedes neue Werkzeug testen wir mit "
            "den Menschen, die damit arbeiten, bevor es live geht.</p>",
        },
    },
]

STORIES = [
    {
        "key": "story-eta",
        "slug": "eta-prediction",
        "team": "team-data-science",
        "product": "Nordhafen ETA",
        "technique": "gradient-boosted trees",
        "in_production_days_ago": 540,
        "decision_support": True,
        "metrics": [("late deliveries", "12.0", "8.4", "%", 45)],
        "metric_names_de": ["verspätete Zustellungen"],
        "technique_de": "Gradient-Boosting-Entscheidungsbäume",
        "en": {
            "title": "Fewer late deliveries with ETA prediction",
            "summary": "Dispatchers plan tours with predicted arrival times; "
            "late deliveries fell from 12.0 % to 8.4 %.",
            "body": "<p>Until 2024 our arrival windows came from fixed tables. "
            "Our ETA model now predicts every stop's arrival from 2 billion "
            "historical scan events, traffic and weather.</p><p>Machine learning "
            "cut late deliveries by 30 %. Dispatchers see the prediction next "
            "to each tour and re-plan when a window is at risk.</p>",
        },
        "de": {
            "title": "Weniger Verspätungen durch ETA-Prognosen",
            "summary": "Die Disposition plant Touren mit vorhergesagten "
            "Ankunftszeiten; verspätete Zustellungen sanken von 12,0 % auf 8,4 %.",
            "body": "<p>Bis 2024 kamen unsere Zeitfenster aus festen Tabellen. "
            "Heute sagt unser ETA-Modell jede Ankunft aus 2 Milliarden "
            "historischen Scan-Ereignissen, Verkehr und Wetter voraus.</p>"
            "<p>Maschinelles Lernen hat verspätete Zustellungen um 30 % "
            "reduziert. Die Disposition sieht die Prognose neben jeder Tour und "
            "plant um, wenn ein Zeitfenster wackelt.</p>",
        },
    },
    {
        "key": "story-slotting",
        "slug": "smart-slotting",
        "team": "team-data-science",
        "product": "Slotting assistant",
        "technique": "demand forecasting with gradient boosting and linear "
        "optimisation",
        "in_production_days_ago": 300,
        "decision_support": False,
        "metrics": [("picking time per order", "95", "62", "s", 60)],
        "metric_names_de": ["Pickzeit pro Auftrag"],
        "product_de": "Slotting-Assistent",
        "technique_de": "Bedarfsprognose mit Gradient Boosting und linearer "
        "Optimierung",
        "en": {
            "title": "Shorter walks in the Bremen warehouse",
            "summary": "Fast movers now sit near the packing stations: picking "
            "an order takes 62 seconds instead of 95.",
            "body": "<p>Every night a forecasting model predicts which articles "
            "will be picked tomorrow, and an optimiser moves the fast movers "
            "close to the packing stations.</p><p>Our AI-based slotting cut "
            "picking time per order by 35 %.</p>",
        },
        "de": {
            "title": "Kürzere Wege im Lager Bremen",
            "summary": "Schnelldreher liegen jetzt nahe an den Packplätzen: "
            "eine Kommissionierung dauert 62 statt 95 Sekunden.",
            "body": "<p>Jede Nacht sagt ein Prognosemodell voraus, welche "
            "Artikel morgen gepickt werden, und ein Optimierer legt die "
            "Schnelldreher nah an die Packplätze.</p><p>Unsere KI-gestützte "
            "Lagerplatzvergabe hat die Pickzeit pro Auftrag um 35 % gesenkt.</p>",
        },
    },
    {
        "key": "story-customs",
        "slug": "customs-documents",
        "team": "team-data-science",
        "product": "Customs document reader",
        "technique": "document layout model with a fine-tuned language model",
        "in_production_days_ago": 150,
        "decision_support": False,
        "metrics": [("minutes to prepare a declaration", "40", "10", "min", 30)],
        "metric_names_de": ["Minuten für eine Zollanmeldung"],
        "product_de": "Dokumentenleser für den Zoll",
        "technique_de": "Dokumentlayout-Modell mit einem feinabgestimmten Sprachmodell",
        "en": {
            "title": "Customs declarations in ten minutes",
            "summary": "A document reader pre-fills customs declarations from "
            "invoices; our customs team checks and signs every one.",
            "body": "<p>Customs declarations used to take 40 minutes of typing. "
            "A language model now reads invoices and packing lists and fills in "
            "the declaration; a customs specialist checks every field.</p>"
            "<p>With the document reader, preparing a declaration is 4x faster.</p>",
        },
        "de": {
            "title": "Zollanmeldungen in zehn Minuten",
            "summary": "Ein Dokumentenleser füllt Zollanmeldungen aus Rechnungen "
            "vor; unser Zollteam prüft und zeichnet jede einzelne.",
            "body": "<p>Eine Zollanmeldung hieß früher 40 Minuten Abtippen. "
            "Heute liest ein Sprachmodell Rechnungen und Packlisten und füllt "
            "die Anmeldung vor; eine Zollfachkraft prüft jedes Feld.</p>"
            "<p>Mit dem Dokumentenleser geht die Vorbereitung einer Anmeldung "
            "4x schneller.</p>",
        },
    },
]

MILESTONES = [
    # key, status, departments, target (days from today), delivered (days ago),
    # owner team, en title, de title, en description, de description
    (
        "m-eta",
        "delivered",
        ["Logistics", "Customer Service"],
        -600,
        540,
        "team-data-science",
        "ETA prediction in all hubs",
        "ETA-Prognose in allen Hubs",
        "Predicted arrival times for every stop, shown to dispatchers and customers.",
        "Vorhergesagte Ankunftszeiten für jeden Stopp, für Disposition und Kundschaft.",
    ),
    (
        "m-slotting",
        "delivered",
        ["Warehousing"],
        -320,
        300,
        "team-data-science",
        "Forecast-driven slotting in Bremen",
        "Prognosebasierte Lagerplatzvergabe in Bremen",
        "Fast movers placed nightly from a demand forecast.",
        "Schnelldreher werden nachts anhand einer Bedarfsprognose platziert.",
    ),
    (
        "m-customs",
        "delivered",
        ["Customs"],
        -170,
        150,
        "team-data-science",
        "Customs document reader",
        "Dokumentenleser für den Zoll",
        "Invoices and packing lists pre-fill declarations; people check every field.",
        "Rechnungen und Packlisten füllen Anmeldungen vor; Menschen prüfen jedes Feld.",
    ),
    (
        "m-triage",
        "in_progress",
        ["Customer Service"],
        120,
        None,
        "team-data-science",
        "Ticket triage with a language model",
        "Ticket-Vorsortierung mit einem Sprachmodell",
        "Incoming e-mails sorted and routed; agents see a suggested category.",
        "Eingehende E-Mails werden sortiert und verteilt; "
        "Agents sehen einen Vorschlag.",
    ),
    (
        "m-staffing",
        "planned",
        ["Warehousing", "Finance"],
        300,
        None,
        "team-data-science",
        "Demand forecasting for shift planning",
        "Bedarfsprognose für die Schichtplanung",
        "Shift plans built from a week-ahead forecast of parcel volumes.",
        "Schichtpläne auf Basis einer Wochenprognose der Paketmengen.",
    ),
    (
        "m-routing",
        "planned",
        ["Logistics"],
        420,
        None,
        "team-data-science",
        "Dynamic re-routing during the day",
        "Dynamische Umplanung während der Tour",
        "Tours re-planned when traffic or a customer changes the day.",
        "Touren werden umgeplant, wenn Verkehr oder Kundschaft den Tag verändern.",
    ),
    (
        "m-gpu",
        "delivered",
        ["Finance", "Logistics"],
        -400,
        380,
        "team-platform",
        "Shared GPU pool",
        "Gemeinsamer GPU-Pool",
        "One pool of GPUs for training, booked like meeting rooms.",
        "Ein GPU-Pool für das Training, gebucht wie Besprechungsräume.",
    ),
]

ACTIVITIES = [
    # key, kind, days ago, url, partner, en title, de title
    (
        "c-hackdays",
        "hackathon",
        200,
        "https://nordhafen.example/hackdays",
        "",
        "Nordhafen Hack Days 2026",
        "Nordhafen Hack Days 2026",
    ),
    (
        "c-hackdays-25",
        "hackathon",
        560,
        "https://nordhafen.example/hackdays-2025",
        "",
        "Nordhafen Hack Days 2025",
        "Nordhafen Hack Days 2025",
    ),
    (
        "c-oss",
        "open_source",
        90,
        "https://github.com/nordhafen-example/eta-features",
        "",
        "eta-features: open-source feature pipeline",
        "eta-features: Open-Source-Feature-Pipeline",
    ),
    (
        "c-uni",
        "university_partnership",
        400,
        "https://nordhafen.example/tuhh",
        "Technische Universität Hamburg",
        "Research cooperation on tour planning",
        "Forschungskooperation zur Tourenplanung",
    ),
    (
        "c-talk",
        "conference_talk",
        150,
        "https://nordhafen.example/talks/eta",
        "",
        "Talk: Running ETA models for 3,000 customers",
        "Vortrag: ETA-Modelle für 3.000 Kunden betreiben",
    ),
    (
        "c-meetup",
        "meetup",
        40,
        "https://nordhafen.example/meetup",
        "",
        "Hamburg Logistics & ML Meetup",
        "Hamburg Logistics & ML Meetup",
    ),
    (
        "c-paper",
        "publication",
        330,
        "https://nordhafen.example/papers/eta",
        "Technische Universität Hamburg",
        "Paper: Calibrated arrival-time prediction for parcel delivery",
        "Paper: Kalibrierte Ankunftszeitprognosen in der Paketzustellung",
    ),
]

DATA_ASSETS = [
    (
        "d-scans",
        "Parcel scan events",
        "Paket-Scan-Ereignisse",
        "Every scan of every parcel since 2019, with time, place and device.",
        "Jeder Scan jedes Pakets seit 2019, mit Zeit, Ort und Gerät.",
        "2 billion events",
        "Pseudonymised, in our own data platform",
    ),
    (
        "d-warehouse",
        "Warehouse order lines",
        "Lager-Auftragspositionen",
        "Order lines and picking paths of the Bremen warehouse.",
        "Auftragspositionen und Pickwege des Lagers Bremen.",
        "180 million lines",
        "Read access for the data science team",
    ),
]

#: The data assets' volume and access on the German pages.
DATA_ASSETS_DE = {
    "d-scans": (
        "2 Milliarden Ereignisse",
        "Pseudonymisiert, in unserer eigenen Datenplattform",
    ),
    "d-warehouse": (
        "180 Millionen Positionen",
        "Lesezugriff für das Data-Science-Team",
    ),
}

RESOURCES = [
    (
        "r-gpu",
        "compute",
        "A shared pool of 16 GPUs for training, booked like rooms",
        "Ein gemeinsamer Pool aus 16 GPUs fürs Training, gebucht wie Räume",
    ),
    (
        "r-budget",
        "budget",
        "€2,500 a year per person for courses and conferences",
        "2.500 € pro Person und Jahr für Kurse und Konferenzen",
    ),
    (
        "r-tooling",
        "tooling",
        "MLflow, Airflow and a feature store, run by Platform",
        "MLflow, Airflow und ein Feature Store, betrieben von Platform",
    ),
]

RECOGNITIONS = [
    (
        "rec-award",
        "award",
        240,
        "Logistics AI Award 2026 (category forecasting)",
        "Logistik-KI-Preis 2026 (Kategorie Prognose)",
        "Deutscher Logistik-Kongress",
        "https://nordhafen.example/press/award-2026",
    ),
]

HIRING_AI = [
    # key, system, human oversight, reviewed (days ago), reviewer, url
    (
        "hai-cv-parser",
        "AI-based CV parser (document extraction)",
        "The parser only fills in contact details and work history; a recruiter "
        "reads every application in full and makes every decision. Candidates can "
        "ask for their application to be handled without the parser.",
        120,
        "Legal & Works Council",
        "https://nordhafen.example/hiring-ai",
    ),
]

#: The hiring-AI records' system and oversight on the German pages.
HIRING_AI_DE = {
    "hai-cv-parser": (
        "KI-gestützter Lebenslauf-Parser (Dokumentenauslesung)",
        "Der Parser füllt nur Kontaktdaten und Werdegang aus; eine Person aus dem "
        "Recruiting liest jede Bewerbung vollständig und trifft jede Entscheidung. "
        "Sie können verlangen, dass Ihre Bewerbung ohne den Parser bearbeitet wird.",
    ),
}

CAREERS_PAGES = [
    {
        "key": "how-we-hire",
        "slug": "how-we-hire",
        "en": {
            "title": "How we hire",
            "intro": "Three conversations, no trick questions, and an answer "
            "within ten working days.",
            "body": "<p>You talk to a recruiter, meet the team you would join, and "
            "then the hiring manager. We tell you after each step where you "
            "stand.</p><p>We use an AI-based CV parser to pre-fill your "
            "application from your documents; a recruiter reads every application "
            "in full and makes every decision.</p>",
        },
        "de": {
            "title": "So stellen wir ein",
            "intro": "Drei Gespräche, keine Fangfragen und eine Antwort innerhalb "
            "von zehn Arbeitstagen.",
            "body": "<p>Sie sprechen mit unserem Recruiting, lernen das Team "
            "kennen, in das Sie kommen würden, und dann die Führungskraft. Nach "
            "jedem Schritt sagen wir Ihnen, wo Sie stehen.</p><p>Wir nutzen einen "
            "KI-gestützten Lebenslauf-Parser, der Ihre Bewerbung aus Ihren "
            "Unterlagen vorausfüllt; eine Person aus dem Recruiting liest jede "
            "Bewerbung vollständig und trifft jede Entscheidung.</p>",
        },
    },
]

#: The look editors set in the organisation profile.
LOOK = {
    "brand_colour": "#0f5b73",
    "footer_text": "Nordhafen Logistik GmbH · Am Kai 1 · 20457 Hamburg",
    "contact_email": "jobs@nordhafen.example",
    "footer_links": [
        ("link", {"label": "nordhafen.example", "url": "https://nordhafen.example"}),
    ],
}

#: The legal pages a German site links in every footer (not in the menu).
LEGAL_PAGES = [
    {
        "key": "imprint",
        "slug": "imprint",
        "role": "imprint_page",
        "en": {
            "title": "Imprint",
            "slug": "imprint",
            "intro": "Who is responsible for this site.",
            "body": "<p>Nordhafen Logistik GmbH, Am Kai 1, 20457 Hamburg, Germany."
            "</p><p>Managing directors: Jana Petersen, Tobias Lange. Commercial "
            "register: Hamburg district court, HRB 000000. VAT ID: DE000000000."
            "</p><p>Contact: jobs@nordhafen.example</p>",
        },
        "de": {
            "title": "Impressum",
            "slug": "impressum",
            "intro": "Wer für diese Website verantwortlich ist.",
            "body": "<p>Nordhafen Logistik GmbH, Am Kai 1, 20457 Hamburg.</p>"
            "<p>Geschäftsführung: Jana Petersen, Tobias Lange. Registergericht: "
            "Amtsgericht Hamburg, HRB 000000. USt-IdNr.: DE000000000.</p>"
            "<p>Kontakt: jobs@nordhafen.example</p>",
        },
    },
    {
        "key": "privacy",
        "slug": "privacy",
        "role": "privacy_page",
        "en": {
            "title": "Privacy notice",
            "slug": "privacy",
            "intro": "How we handle your data when you visit this site or apply.",
            "body": "<p>This site sets no cookies for visitors and loads nothing "
            "from other servers. Our web server keeps access logs for seven days "
            "to keep the site safe.</p><p>When you apply, we use your documents "
            "only to decide on your application and delete them six months after "
            "the decision, unless you allow us to keep them longer.</p>",
        },
        "de": {
            "title": "Datenschutz",
            "slug": "datenschutz",
            "intro": "Wie wir mit Ihren Daten umgehen, wenn Sie diese Website "
            "besuchen oder sich bewerben.",
            "body": "<p>Diese Website setzt für Besucher keine Cookies und lädt "
            "nichts von anderen Servern. Unser Webserver speichert Zugriffsprotokolle "
            "sieben Tage lang, um die Website sicher zu halten.</p><p>Wenn Sie sich "
            "bewerben, nutzen wir Ihre Unterlagen nur für die Entscheidung über Ihre "
            "Bewerbung und löschen sie sechs Monate nach der Entscheidung, sofern Sie "
            "einer längeren Speicherung nicht zugestimmt haben.</p>",
        },
    },
]

"""Word lists and taxonomy values the catalogue generator draws from.

Content words are listed most frequent first: the generator draws them with a Zipf law, so the
first ones behave like the common words of a real CVA library ("cash", "النقدية") and the last
ones like rare terms.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


EN_CONTENT = _words(
    """
cash assistance transfers humanitarian programme social protection voucher response market
households food security assessment mobile money payment delivery targeting beneficiaries
crisis emergency monitoring evaluation community communities refugees displaced government
national systems guidance lessons learned case study review report analysis impact design
implementation women gender children disability nutrition health shelter water sanitation
education accountability feedback risk data registration coordination safety nets linkages
toolkit multipurpose sectoral conditional unconditional restricted value preparedness
anticipatory action drought floods earthquake conflict pandemic COVID-19 inflation prices
supply chain traders retailers banks agents network capacity building training practitioners
donors funding localisation partners partnership local organisations NGOs policy framework
standards minimum expenditure basket urban rural camps settlements winterisation rent seasonal
support integration referral vulnerability poverty inequality wellbeing outcomes indicators
survey baseline endline post-distribution fraud diversion privacy consent biometrics identity
e-vouchers cards prepaid ATM liquidity currency exchange rates remittances livelihoods
resilience shock-responsive recovery displacement host digital financial inclusion cost
efficiency effectiveness operational mechanism mechanisms learning tools practice evidence
scale adaptive transition durable solutions cohesion tensions rapid situation needs access
barriers older persons youth adolescents pregnant lactating malnutrition agriculture farmers
pastoralists livestock fisheries markets functionality competition financial service providers
contracts procurement reconciliation verification complaints grievance hotline SMS messaging
"""
)

EN_FUNCTION = _words(
    """
the of and in for to on a with from by at an through during across among towards into how what
why its their this these that is are was were be has have can may should more most key new
better
"""
)

AR_CONTENT = _words(
    """
النقدية المساعدات التحويلات القسائم الحماية الاجتماعية الإنسانية الأسواق الاستجابة الأسر الأمن
الغذائي تقييم الهاتف المحمول الدفع الاستهداف المستفيدين الأزمة الطوارئ رصد المجتمعات اللاجئين
النازحين الحكومة الوطنية الأنظمة إرشادات الدروس المستفادة دراسة حالة مراجعة تقرير تحليل الأثر
تصميم تنفيذ النساء النوع الأطفال الإعاقة التغذية الصحة المأوى المياه الصرف الصحي التعليم
المساءلة المخاطر البيانات التسجيل التنسيق شبكات الأمان الروابط أدوات متعددة الأغراض القطاعية
المشروطة قيمة التأهب الاستباقي العمل الجفاف الفيضانات الزلزال النزاع الجائحة كوفيد-19 التضخم
الأسعار الإمداد التجار البنوك الوكلاء القدرات بناء التدريب الممارسين المانحين التمويل التوطين
الشركاء الشراكة المحلية المنظمات السياسات إطار المعايير الحد الأدنى سلة الإنفاق الحضرية الريفية
المخيمات الشتاء الإيجار الدعم الإحالة الهشاشة الفقر المؤشرات المسح الاحتيال الخصوصية الموافقة
الهوية البطاقات السيولة العملة سبل العيش الصمود الصدمات التعافي النزوح المضيفة الرقمية المالية
الشمول التكلفة الكفاءة الفعالية آليات التعلم الأدلة التكيف الانتقال الحلول المستدامة التماسك
الاحتياجات الوصول العوائق كبار السن الشباب المراهقين الحوامل المرضعات سوء الزراعة المزارعين
الرعاة الماشية مقدمي الخدمات العقود المشتريات التحقق الشكاوى التظلمات الخط الساخن الرسائل
النصية
"""
)

AR_FUNCTION = _words(
    """
في من على إلى مع عن حول بين خلال عبر نحو و أو التي الذي هذا هذه كيف لماذا دور أجل بشأن لدى ضمن
"""
)

FR_WORDS = _words(
    """
transferts monétaires assistance humanitaire protection sociale marchés ménages sécurité
alimentaire évaluation réponse crise programme ciblage bénéficiaires paiement mobile des de la
le et pour en les du dans
"""
)

# Harakat used to vocalise Arabic words: fatha, damma, kasra, sukun; shadda is added apart.
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652")
SHADDA = "\u0651"

DOC_TYPES = (
    ("guidelines-and-tools", "Guidelines and Tools", "أدلة وأدوات"),
    (
        "research-reports-and-evaluations",
        "Research, Reports and Evaluations",
        "أبحاث وتقارير وتقييمات",
    ),
    ("policy-papers", "Policy papers", "أوراق سياسات"),
    ("case-studies", "Case studies", "دراسات حالة"),
    ("training-materials", "Training materials", "مواد تدريبية"),
    ("webinars", "Webinars", "ندوات عبر الإنترنت"),
    ("news", "News", "أخبار"),
)

THEMES = (
    ("social-protection", "Social Protection", "الحماية الاجتماعية"),
    ("markets", "Markets", "الأسواق"),
    ("gender-and-inclusion", "Gender and Inclusion", "النوع الاجتماعي والشمول"),
    ("digital-payments", "Digital Payments", "المدفوعات الرقمية"),
    ("monitoring-and-evaluation", "Monitoring and Evaluation", "الرصد والتقييم"),
    ("preparedness", "Preparedness", "التأهب"),
    ("localisation", "Localisation", "التوطين"),
    ("food-security", "Food Security", "الأمن الغذائي"),
    ("shelter", "Shelter", "المأوى"),
    ("protection", "Protection", "الحماية"),
    ("risk-management", "Risk Management", "إدارة المخاطر"),
    ("coordination", "Coordination", "التنسيق"),
)

REGIONS = (
    ("asia", "Asia", "آسيا"),
    ("east-and-southern-africa", "East and Southern Africa", "شرق وجنوب أفريقيا"),
    ("west-and-central-africa", "West and Central Africa", "غرب ووسط أفريقيا"),
    ("middle-east-and-north-africa", "Middle East and North Africa", "الشرق الأوسط وشمال أفريقيا"),
    ("latin-america-and-caribbean", "Latin America and Caribbean", "أمريكا اللاتينية والكاريبي"),
    ("europe", "Europe", "أوروبا"),
    ("global", "Global", "عالمي"),
)

# (value, English, Arabic, region)
COUNTRIES = (
    ("yemen", "Yemen", "اليمن", "middle-east-and-north-africa"),
    ("syria", "Syria", "سوريا", "middle-east-and-north-africa"),
    ("lebanon", "Lebanon", "لبنان", "middle-east-and-north-africa"),
    ("jordan", "Jordan", "الأردن", "middle-east-and-north-africa"),
    ("iraq", "Iraq", "العراق", "middle-east-and-north-africa"),
    ("palestine", "Palestine", "فلسطين", "middle-east-and-north-africa"),
    ("egypt", "Egypt", "مصر", "middle-east-and-north-africa"),
    ("libya", "Libya", "ليبيا", "middle-east-and-north-africa"),
    ("sudan", "Sudan", "السودان", "east-and-southern-africa"),
    ("tunisia", "Tunisia", "تونس", "middle-east-and-north-africa"),
    ("morocco", "Morocco", "المغرب", "middle-east-and-north-africa"),
    ("turkey", "Türkiye", "تركيا", "europe"),
    ("ukraine", "Ukraine", "أوكرانيا", "europe"),
    ("somalia", "Somalia", "الصومال", "east-and-southern-africa"),
    ("ethiopia", "Ethiopia", "إثيوبيا", "east-and-southern-africa"),
    ("kenya", "Kenya", "كينيا", "east-and-southern-africa"),
    ("south-sudan", "South Sudan", "جنوب السودان", "east-and-southern-africa"),
    ("uganda", "Uganda", "أوغندا", "east-and-southern-africa"),
    ("malawi", "Malawi", "ملاوي", "east-and-southern-africa"),
    ("mozambique", "Mozambique", "موزمبيق", "east-and-southern-africa"),
    ("zimbabwe", "Zimbabwe", "زيمبابوي", "east-and-southern-africa"),
    ("madagascar", "Madagascar", "مدغشقر", "east-and-southern-africa"),
    ("nigeria", "Nigeria", "نيجيريا", "west-and-central-africa"),
    ("niger", "Niger", "النيجر", "west-and-central-africa"),
    ("mali", "Mali", "مالي", "west-and-central-africa"),
    ("burkina-faso", "Burkina Faso", "بوركينا فاسو", "west-and-central-africa"),
    ("chad", "Chad", "تشاد", "west-and-central-africa"),
    ("cameroon", "Cameroon", "الكاميرون", "west-and-central-africa"),
    ("drc", "DR Congo", "جمهورية الكونغو الديمقراطية", "west-and-central-africa"),
    ("car", "Central African Republic", "جمهورية أفريقيا الوسطى", "west-and-central-africa"),
    ("senegal", "Senegal", "السنغال", "west-and-central-africa"),
    ("mauritania", "Mauritania", "موريتانيا", "west-and-central-africa"),
    ("afghanistan", "Afghanistan", "أفغانستان", "asia"),
    ("pakistan", "Pakistan", "باكستان", "asia"),
    ("bangladesh", "Bangladesh", "بنغلاديش", "asia"),
    ("myanmar", "Myanmar", "ميانمار", "asia"),
    ("nepal", "Nepal", "نيبال", "asia"),
    ("philippines", "Philippines", "الفلبين", "asia"),
    ("indonesia", "Indonesia", "إندونيسيا", "asia"),
    ("sri-lanka", "Sri Lanka", "سريلانكا", "asia"),
    ("haiti", "Haiti", "هايتي", "latin-america-and-caribbean"),
    ("colombia", "Colombia", "كولومبيا", "latin-america-and-caribbean"),
    ("venezuela", "Venezuela", "فنزويلا", "latin-america-and-caribbean"),
    ("ecuador", "Ecuador", "الإكوادور", "latin-america-and-caribbean"),
    ("peru", "Peru", "بيرو", "latin-america-and-caribbean"),
    ("guatemala", "Guatemala", "غواتيمالا", "latin-america-and-caribbean"),
    ("honduras", "Honduras", "هندوراس", "latin-america-and-caribbean"),
)

MODALITIES = (
    ("cash", "Cash", "نقد"),
    ("voucher", "Voucher", "قسائم"),
    ("in-kind", "In-kind", "عينية"),
)

PAYMENT_METHODS = (
    ("mobile-money", "Mobile money", "النقود عبر الهاتف المحمول"),
    ("bank-transfer", "Bank transfer", "تحويل مصرفي"),
    ("cash-in-hand", "Cash in hand", "نقد باليد"),
    ("prepaid-card", "Prepaid card", "بطاقة مسبقة الدفع"),
    ("e-voucher", "E-voucher", "قسيمة إلكترونية"),
    ("paper-voucher", "Paper voucher", "قسيمة ورقية"),
    ("remittance-agent", "Remittance agent", "وكيل تحويلات"),
)

LANGUAGES = (
    ("ar", "Arabic", "العربية"),
    ("en", "English", "الإنجليزية"),
    ("fr", "French", "الفرنسية"),
    ("es", "Spanish", "الإسبانية"),
)

SECTORS = (
    ("multi-sector", "Multi-sector", "متعدد القطاعات"),
    ("food-security", "Food security", "الأمن الغذائي"),
    ("shelter", "Shelter", "المأوى"),
    ("wash", "WASH", "المياه والصرف الصحي والنظافة"),
    ("health", "Health", "الصحة"),
    ("education", "Education", "التعليم"),
    ("protection", "Protection", "الحماية"),
    ("livelihoods", "Livelihoods", "سبل العيش"),
    ("nutrition", "Nutrition", "التغذية"),
)

ORGANISATIONS = (
    ("wfp", "WFP", "برنامج الأغذية العالمي"),
    ("unhcr", "UNHCR", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
    ("unicef", "UNICEF", "اليونيسف"),
    ("ifrc", "IFRC", "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر"),
    ("icrc", "ICRC", "اللجنة الدولية للصليب الأحمر"),
    ("british-red-cross", "British Red Cross", "الصليب الأحمر البريطاني"),
    ("save-the-children", "Save the Children", "أنقذوا الأطفال"),
    ("oxfam", "Oxfam", "أوكسفام"),
    ("nrc", "Norwegian Refugee Council", "المجلس النرويجي للاجئين"),
    ("drc-org", "Danish Refugee Council", "المجلس الدنماركي للاجئين"),
    ("irc", "International Rescue Committee", "لجنة الإنقاذ الدولية"),
    ("care", "CARE", "كير"),
    ("mercy-corps", "Mercy Corps", "ميرسي كور"),
    ("world-vision", "World Vision", "الرؤية العالمية"),
    ("concern", "Concern Worldwide", "كونسيرن العالمية"),
    ("acf", "Action Against Hunger", "العمل ضد الجوع"),
    ("calp", "CALP Network", "شبكة كالب"),
    ("world-bank", "World Bank", "البنك الدولي"),
    ("fao", "FAO", "منظمة الأغذية والزراعة"),
    ("ocha", "OCHA", "مكتب تنسيق الشؤون الإنسانية"),
    ("usaid", "USAID", "الوكالة الأمريكية للتنمية الدولية"),
    ("echo", "ECHO", "المديرية العامة للحماية المدنية والمساعدات الإنسانية الأوروبية"),
    ("fcdo", "FCDO", "وزارة الخارجية والكومنولث والتنمية البريطانية"),
    ("odi", "ODI", "معهد التنمية لما وراء البحار"),
    ("ipa", "IPA", "مبادرة الابتكار من أجل العمل ضد الفقر"),
    ("gsma", "GSMA", "جمعية جي إس إم إيه"),
    ("islamic-relief", "Islamic Relief", "الإغاثة الإسلامية"),
    ("qatar-charity", "Qatar Charity", "قطر الخيرية"),
    ("ksrelief", "KSrelief", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
    ("iom", "IOM", "المنظمة الدولية للهجرة"),
)

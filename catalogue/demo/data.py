"""Demo content for the OCOP catalogue of Cao Lãnh district, Đồng Tháp.

Real: the products, producers, tourism sites and targets named in district plan
124/KH-UBND of 21 July 2021 (each product's ``plan_mention`` quotes the plan word
for word, including its typing slips), the 18 units of 2021 and the three national
OCOP decisions. Everything else is SAMPLE data made up for the demo and must be
shown as such: stars, scores, decision numbers and dates, producer names flagged
``name_is_sample``, commune codes, legal forms, addresses, phone numbers, prices,
coordinates, standards, GTINs, growing-area and packing-house codes, lots, events
and the recall. Phone numbers follow the fake pattern "0277 000 0xx".
"""

from datetime import date

# National OCOP rule sets. part_max: maximum of parts A, B, C.
RULE_SETS = [
    {
        "code": "1048/QD-TTg",
        "decision": "1048/QĐ-TTg",
        "year": 2019,
        "has_district_level": True,
        "part_max": None,
    },
    {
        "code": "148/QD-TTg",
        "decision": "148/QĐ-TTg",
        "year": 2023,
        "has_district_level": True,
        "part_max": {"A": 40, "B": 25, "C": 35},
    },
    {
        "code": "1489/QD-TTg",
        "decision": "1489/QĐ-TTg",
        "year": 2025,
        "has_district_level": False,
        "part_max": {"A": 40, "B": 25, "C": 35},
    },
]


# OCOP product groups per rule set; the plan uses 1048.
PRODUCT_GROUPS = [
    {
        "rule_set": "1048/QD-TTg",
        "code": "food",
        "name_vi": "Thực phẩm",
        "name_en": "Food",
        "is_tourism": False,
    },
    {
        "rule_set": "1048/QD-TTg",
        "code": "beverages",
        "name_vi": "Đồ uống",
        "name_en": "Beverages",
        "is_tourism": False,
    },
    {
        "rule_set": "1048/QD-TTg",
        "code": "herbal",
        "name_vi": "Thảo dược",
        "name_en": "Herbal products",
        "is_tourism": False,
    },
    {
        "rule_set": "1048/QD-TTg",
        "code": "textiles",
        "name_vi": "Vải và may mặc",
        "name_en": "Textiles and garments",
        "is_tourism": False,
    },
    {
        "rule_set": "1048/QD-TTg",
        "code": "souvenirs",
        "name_vi": "Lưu niệm - nội thất - trang trí",
        "name_en": "Souvenirs, furniture and decoration",
        "is_tourism": False,
    },
    {
        "rule_set": "1048/QD-TTg",
        "code": "tourism",
        "name_vi": "Dịch vụ du lịch nông thôn và điểm bán",
        "name_en": "Rural tourism services and points of sale",
        "is_tourism": True,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "food",
        "name_vi": "Thực phẩm",
        "name_en": "Food",
        "is_tourism": False,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "beverages",
        "name_vi": "Đồ uống",
        "name_en": "Beverages",
        "is_tourism": False,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "herbal",
        "name_vi": "Dược liệu và sản phẩm từ dược liệu",
        "name_en": "Medicinal herbs and herb products",
        "is_tourism": False,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "handicrafts",
        "name_vi": "Thủ công mỹ nghệ",
        "name_en": "Handicrafts",
        "is_tourism": False,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "ornamental",
        "name_vi": "Sinh vật cảnh",
        "name_en": "Ornamental plants and animals",
        "is_tourism": False,
    },
    {
        "rule_set": "148/QD-TTg",
        "code": "tourism",
        "name_vi": "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        "name_en": "Community tourism, eco-tourism and tourist sites",
        "is_tourism": True,
    },
]


# The 18 units of 2021. Codes are sample codes (not the national unit codes);
# coordinates are approximate centres.
COMMUNES = [
    {
        "code": "CL-TT-MT",
        "code_is_sample": True,
        "name": "Thị trấn Mỹ Thọ",
        "kind": "town",
        "lat": 10.444,
        "lon": 105.704,
    },
    {
        "code": "CL-AB",
        "code_is_sample": True,
        "name": "An Bình",
        "kind": "commune",
        "lat": 10.478,
        "lon": 105.662,
    },
    {
        "code": "CL-BS",
        "code_is_sample": True,
        "name": "Ba Sao",
        "kind": "commune",
        "lat": 10.538,
        "lon": 105.632,
    },
    {
        "code": "CL-BHTY",
        "code_is_sample": True,
        "name": "Bình Hàng Tây",
        "kind": "commune",
        "lat": 10.396,
        "lon": 105.67,
    },
    {
        "code": "CL-BHTR",
        "code_is_sample": True,
        "name": "Bình Hàng Trung",
        "kind": "commune",
        "lat": 10.401,
        "lon": 105.708,
    },
    {
        "code": "CL-BT",
        "code_is_sample": True,
        "name": "Bình Thạnh",
        "kind": "commune",
        "lat": 10.365,
        "lon": 105.818,
    },
    {
        "code": "CL-GG",
        "code_is_sample": True,
        "name": "Gáo Giồng",
        "kind": "commune",
        "lat": 10.618,
        "lon": 105.64,
    },
    {
        "code": "CL-MHP",
        "code_is_sample": True,
        "name": "Mỹ Hiệp",
        "kind": "commune",
        "lat": 10.39,
        "lon": 105.79,
    },
    {
        "code": "CL-MHI",
        "code_is_sample": True,
        "name": "Mỹ Hội",
        "kind": "commune",
        "lat": 10.432,
        "lon": 105.756,
    },
    {
        "code": "CL-ML",
        "code_is_sample": True,
        "name": "Mỹ Long",
        "kind": "commune",
        "lat": 10.372,
        "lon": 105.748,
    },
    {
        "code": "CL-MT",
        "code_is_sample": True,
        "name": "Mỹ Thọ",
        "kind": "commune",
        "lat": 10.462,
        "lon": 105.733,
    },
    {
        "code": "CL-MX",
        "code_is_sample": True,
        "name": "Mỹ Xương",
        "kind": "commune",
        "lat": 10.425,
        "lon": 105.686,
    },
    {
        "code": "CL-NM",
        "code_is_sample": True,
        "name": "Nhị Mỹ",
        "kind": "commune",
        "lat": 10.408,
        "lon": 105.74,
    },
    {
        "code": "CL-PM",
        "code_is_sample": True,
        "name": "Phong Mỹ",
        "kind": "commune",
        "lat": 10.56,
        "lon": 105.58,
    },
    {
        "code": "CL-PTH",
        "code_is_sample": True,
        "name": "Phương Thịnh",
        "kind": "commune",
        "lat": 10.57,
        "lon": 105.69,
    },
    {
        "code": "CL-PTR",
        "code_is_sample": True,
        "name": "Phương Trà",
        "kind": "commune",
        "lat": 10.515,
        "lon": 105.71,
    },
    {
        "code": "CL-THT",
        "code_is_sample": True,
        "name": "Tân Hội Trung",
        "kind": "commune",
        "lat": 10.48,
        "lon": 105.795,
    },
    {
        "code": "CL-TN",
        "code_is_sample": True,
        "name": "Tân Nghĩa",
        "kind": "commune",
        "lat": 10.5,
        "lon": 105.76,
    },
]


# Mergers of 2025 are deliberately not invented here.
SUCCESSIONS = []


# Producers (chủ thể). Names come from the plan unless name_is_sample is True.
# Communes for producers the plan does not place, legal forms, addresses, phones
# and coordinates are sample data.
PRODUCERS = [
    {
        "slug": "tht-thien-phu",
        "name": "Tổ hợp tác Thiên Phú",
        "name_is_sample": False,
        "legal_form": "cooperative_group",
        "commune": "Tân Nghĩa",
        "address": "ấp 3, xã Tân Nghĩa, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 001",
        "website": None,
        "story_vi": (
            "**Tổ hợp tác Thiên Phú** gồm các hộ trồng ổi ở xã Tân Nghĩa. Các thành "
            "viên cùng mua vật tư, chăm vườn theo một quy trình chung và bán ổi qua "
            "một đầu mối. Nhờ bao trái từ sớm và bón phân hữu cơ, trái ổi giòn, ít hạt "
            "và giữ được vị ngọt thanh."
        ),
        "story_en": (
            "**Thiên Phú cooperative group** brings together guava growers in Tân "
            "Nghĩa commune. Members buy inputs together, follow one shared growing "
            "routine and sell through a single contact. Bagging the fruit early and "
            "feeding the orchards with organic fertiliser keeps the guavas crisp, low "
            "in seeds and mildly sweet."
        ),
        "lat": 10.506,
        "lon": 105.756,
    },
    {
        "slug": "phuong-tra-agri",
        "name": "Công ty Cổ phần Nông nghiệp Phương Trà",
        "name_is_sample": False,
        "legal_form": "company",
        "commune": "Phương Trà",
        "address": "ấp 2, xã Phương Trà, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 002",
        "website": None,
        "story_vi": (
            "Công ty trồng nấm rơm trong nhà trại khép kín, dùng rơm sau mùa gặt mua "
            "của các hộ quanh vùng làm giá thể. Cách làm này giúp giảm đốt rơm ngoài "
            "đồng và tạo thêm việc làm cho lao động nông thôn. Bã nấm sau thu hoạch "
            "được ủ thành phân bón, trả lại cho ruộng lúa."
        ),
        "story_en": (
            "The company grows straw mushrooms in closed sheds, on rice straw bought "
            "from neighbouring farms after each harvest. This keeps straw from being "
            "burned in the fields and creates jobs for rural workers. The spent "
            "substrate is composted and goes back to the rice fields."
        ),
        "lat": 10.511,
        "lon": 105.715,
    },
    {
        "slug": "hoi-quan-mam-gao-giong",
        "name": "Hội quán làm mắm Gáo Giồng",
        "name_is_sample": True,
        "legal_form": "hoi_quan",
        "commune": "Gáo Giồng",
        "address": "ấp 1, xã Gáo Giồng, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 003",
        "website": None,
        "story_vi": (
            "Hội quán là nơi các chị em trong ấp gặp nhau mỗi tuần để bàn chuyện làm "
            "ăn và cùng giữ nghề làm mắm của gia đình. Cá đồng mùa nước nổi được làm "
            "sạch, ướp muối và ủ trong khạp sành theo cách các bà, các mẹ vẫn làm. Mỗi "
            "mẻ mắm đều được ghi sổ ngày ủ để theo dõi chất lượng."
        ),
        "story_en": (
            "A *hội quán* is a village club, a form of community group typical of Đồng "
            "Tháp. Here the women of the hamlet meet every week to talk business and "
            "keep their families' craft of making *mắm*, fermented fish, alive. Fish "
            "caught in the flood season are cleaned, salted and left to ferment in "
            "earthenware jars, and every batch is logged with its start date."
        ),
        "lat": 10.61,
        "lon": 105.646,
    },
    {
        "slug": "tht-nuoi-ong-gao-giong",
        "name": "Tổ hợp tác nuôi ong Gáo Giồng",
        "name_is_sample": True,
        "legal_form": "cooperative_group",
        "commune": "Gáo Giồng",
        "address": "ấp 2, xã Gáo Giồng, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 004",
        "website": None,
        "story_vi": (
            "Các thành viên tổ hợp tác đặt thùng ong ven rừng tràm Gáo Giồng, nơi hoa "
            "tràm nở rộ vào mùa khô. Mật chỉ được quay khi đã đủ chín, lọc kỹ và đóng "
            "chai ngay tại tổ để giữ hương tràm đặc trưng. Tổ không cho ong ăn đường "
            "trong mùa lấy mật."
        ),
        "story_en": (
            "Members keep their hives along the edge of the Gáo Giồng melaleuca "
            "forest, where the *tràm* trees bloom in the dry season. Honey is "
            "extracted only when ripe, then filtered and bottled on site to keep the "
            "forest's distinctive aroma. The bees are never fed sugar during the honey "
            "season."
        ),
        "lat": 10.623,
        "lon": 105.633,
    },
    {
        "slug": "co-so-mut-gao-giong",
        "name": "Cơ sở mứt Gáo Giồng",
        "name_is_sample": True,
        "legal_form": "household",
        "commune": "Gáo Giồng",
        "address": "ấp 3, xã Gáo Giồng, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 005",
        "website": None,
        "story_vi": (
            "Cơ sở là một gian bếp gia đình nhỏ, làm mứt từ hạt sen, khoai lang và "
            "trái cây trong vùng, bận rộn nhất vào những tuần trước Tết. Đường được "
            "dùng vừa phải để giữ vị tự nhiên của nguyên liệu. Mứt được đóng hộp nhỏ, "
            "tiện làm quà cho du khách ghé Gáo Giồng."
        ),
        "story_en": (
            "A small family kitchen making *mứt*, candied fruit, from lotus seeds, "
            "sweet potato and local fruit; it is busiest in the weeks before Tết. "
            "Sugar is kept moderate so the ingredients still taste of themselves. The "
            "sweets come in small boxes that visitors to Gáo Giồng take home as gifts."
        ),
        "lat": 10.627,
        "lon": 105.644,
    },
    {
        "slug": "xuan-minh-tech",
        "name": "Công ty TNHH Thương mại dịch vụ công nghệ Xuân Minh",
        "name_is_sample": False,
        "legal_form": "company",
        "commune": "Tân Hội Trung",
        "address": "ấp 1, xã Tân Hội Trung, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 006",
        "website": None,
        "story_vi": (
            "Công ty trồng rau ăn lá bằng phương pháp thủy canh trong nhà màng. Rau "
            "không tiếp xúc với đất, dung dịch dinh dưỡng được pha theo công thức và "
            "kiểm tra hằng ngày. Rau được thu hoạch vào buổi sáng và giao trong ngày "
            "cho các cửa hàng, bếp ăn ở Cao Lãnh."
        ),
        "story_en": (
            "The company grows leafy greens hydroponically in net houses. The plants "
            "never touch soil; their nutrient solution is mixed to a recipe and "
            "checked every day. Greens are picked in the morning and delivered the "
            "same day to shops and kitchens around Cao Lãnh."
        ),
        "lat": 10.484,
        "lon": 105.79,
    },
    {
        "slug": "lang-nghe-my-hiep",
        "name": "Làng nghề đan thảm lục bình Mỹ Hiệp",
        "name_is_sample": False,
        "legal_form": "cooperative_group",
        "commune": "Mỹ Hiệp",
        "address": "ấp 2, xã Mỹ Hiệp, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 007",
        "website": None,
        "story_vi": (
            "Lục bình mọc dày trên sông rạch vào mùa nước, từng là nỗi phiền của người "
            "làm ruộng, nay thành nguyên liệu cho nghề đan ở Mỹ Hiệp. Thân lục bình "
            "được vớt về, phơi khô rồi đan thành thảm, giỏ và đồ trang trí. Nghề đan "
            "giúp phụ nữ có thêm thu nhập ngay tại nhà, vào lúc nông nhàn."
        ),
        "story_en": (
            "Water hyacinth chokes the canals every flood season and was long a "
            "nuisance to farmers; in Mỹ Hiệp it has become the raw material of a "
            "weaving craft. The stems are gathered, sun-dried and woven into rugs, "
            "baskets and home décor. Weaving gives women an income at home in the "
            "slack months between crops."
        ),
        "lat": 10.385,
        "lon": 105.784,
    },
    {
        "slug": "artex",
        "name": "Công ty ARTEX",
        "name_is_sample": False,
        "legal_form": "company",
        "commune": "Thị trấn Mỹ Thọ",
        "address": "khóm 2, thị trấn Mỹ Thọ, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 008",
        "website": None,
        "story_vi": (
            "Công ty làm hàng thủ công mỹ nghệ từ những nguyên liệu sẵn có ở Đồng Tháp "
            "như lục bình, tre, cói và lá. Công ty đặt hàng cho các hộ đan trong huyện "
            "rồi hoàn thiện, kiểm tra và đóng gói sản phẩm. Kế hoạch của huyện đặt mục "
            "tiêu nâng hạng hàng thủ công mỹ nghệ của công ty lên 4 đến 5 sao."
        ),
        "story_en": (
            "The company makes handicrafts from materials found all over Đồng Tháp: "
            "water hyacinth, bamboo, sedge and palm leaves. It places orders with "
            "weaving households in the district, then finishes, inspects and packs the "
            "pieces. The district plan aims to raise the company's handicrafts to 4 or "
            "5 stars."
        ),
        "lat": 10.447,
        "lon": 105.708,
    },
    {
        "slug": "tht-cam-xoan-phong-my",
        "name": "Tổ hợp tác cam xoàn Phong Mỹ",
        "name_is_sample": False,
        "legal_form": "cooperative_group",
        "commune": "Phong Mỹ",
        "address": "ấp 3, xã Phong Mỹ, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 009",
        "website": None,
        "story_vi": (
            "Tổ hợp tác gồm các nhà vườn trồng cam xoàn trên đất phù sa ven kênh. Các "
            "hộ cùng ghi nhật ký vườn và tuân thủ thời gian cách ly sau mỗi lần phun "
            "thuốc. Cam xoàn vỏ mỏng, múi vàng, ngọt đậm, chín rộ vào những tháng cuối "
            "năm."
        ),
        "story_en": (
            "The group brings together orchards growing *cam xoàn*, a sweet local "
            "orange, on alluvial soil along the canals. Members keep orchard diaries "
            "and respect the waiting period after every spraying. The fruit has a thin "
            "skin, golden segments and a rich sweetness, and peaks in the last months "
            "of the year."
        ),
        "lat": 10.565,
        "lon": 105.586,
    },
    {
        "slug": "truong-tai",
        "name": "Cơ sở sản xuất trà mãng cầu Trường Tài",
        "name_is_sample": False,
        "legal_form": "household",
        "commune": "Thị trấn Mỹ Thọ",
        "address": "khóm 3, thị trấn Mỹ Thọ, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 010",
        "website": None,
        "story_vi": (
            "Cơ sở Trường Tài chế biến trà từ lá và trái mãng cầu trồng tại địa "
            "phương. Nguyên liệu được sao, sấy ở nhiệt độ thấp rồi đóng túi lọc, giữ "
            "mùi thơm nhẹ của mãng cầu. Trà uống nóng hay uống đá đều hợp, là món quà "
            "quê dễ mang theo."
        ),
        "story_en": (
            "Trường Tài makes tea from the leaves and fruit of custard apples (*mãng "
            "cầu*) grown nearby. The ingredients are roasted and dried at low "
            "temperature, then packed in tea bags that keep the fruit's light "
            "fragrance. It is good hot or iced, and an easy gift to carry home."
        ),
        "lat": 10.44,
        "lon": 105.701,
    },
    {
        "slug": "hai-yen",
        "name": "Cơ sở khô cá Hải Yến",
        "name_is_sample": False,
        "legal_form": "household",
        "commune": "Mỹ Thọ",
        "address": "ấp 4, xã Mỹ Thọ, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 011",
        "website": None,
        "story_vi": (
            "Cơ sở Hải Yến làm khô cá diêu hồng từ cá nuôi trong vùng. Cá được làm "
            "sạch, ướp vừa ăn rồi phơi nắng trên giàn cao có lưới che bụi và côn "
            "trùng. Miếng khô dày thịt, ít mặn, chiên hay nướng đều ngon."
        ),
        "story_en": (
            "Hải Yến makes dried red tilapia (*cá diêu hồng*) from fish farmed in the "
            "area. The fish are cleaned, lightly seasoned and sun-dried on raised "
            "racks under netting that keeps off dust and insects. The fillets are "
            "thick and not too salty, good fried or grilled."
        ),
        "lat": 10.466,
        "lon": 105.738,
    },
    {
        "slug": "tht-chanh-my-long",
        "name": "Tổ hợp tác chanh không hạt Mỹ Long",
        "name_is_sample": True,
        "legal_form": "cooperative_group",
        "commune": "Mỹ Long",
        "address": "ấp 1, xã Mỹ Long, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 012",
        "website": None,
        "story_vi": (
            "Các hộ trồng chanh không hạt ở Mỹ Long liên kết trong tổ hợp tác để có "
            "đầu ra ổn định. Vườn được ghi nhật ký, chanh được hái theo đơn hàng và "
            "phân loại ngay tại điểm đóng gói. Tổ thường xuyên trao đổi kỹ thuật với "
            "cán bộ khuyến nông."
        ),
        "story_en": (
            "Seedless-lime growers in Mỹ Long joined this group to secure a steady "
            "market. Orchards keep diaries, limes are picked to order and graded at "
            "the packing point. Members regularly swap techniques with the "
            "agricultural extension officers."
        ),
        "lat": 10.377,
        "lon": 105.744,
    },
    {
        "slug": "tht-xoai-huu-co-my-hoi",
        "name": "Tổ hợp tác xoài hữu cơ Mỹ Hội",
        "name_is_sample": True,
        "legal_form": "cooperative_group",
        "commune": "Mỹ Hội",
        "address": "ấp 2, xã Mỹ Hội, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 013",
        "website": None,
        "story_vi": (
            "Tổ hợp tác chuyển một phần vườn xoài sang canh tác hữu cơ: không dùng "
            "phân bón và thuốc hóa học, cỏ được cắt để giữ ẩm thay vì phun thuốc diệt. "
            "Năng suất thấp hơn vườn thường nhưng trái xoài an toàn và bán được giá "
            "tốt hơn. Các thành viên cùng chia sẻ chi phí chứng nhận."
        ),
        "story_en": (
            "This group has converted part of its mango orchards to organic growing: "
            "no synthetic fertilisers or pesticides, and grass is cut and left as "
            "mulch instead of being sprayed. Yields are lower than in conventional "
            "orchards, but the fruit is clean and fetches a better price. Members "
            "share the cost of certification."
        ),
        "lat": 10.428,
        "lon": 105.76,
    },
    {
        "slug": "htx-binh-hang-trung",
        "name": "Hợp tác xã Dịch vụ nông nghiệp Bình Hàng Trung",
        "name_is_sample": False,
        "legal_form": "cooperative",
        "commune": "Bình Hàng Trung",
        "address": "ấp 2, xã Bình Hàng Trung, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 014",
        "website": None,
        "story_vi": (
            "Hợp tác xã cung ứng giống, vật tư và dịch vụ cơ giới cho xã viên, đồng "
            "thời ký hợp đồng bao tiêu lúa. Cánh đồng lớn của hợp tác xã được canh tác "
            "theo quy trình giảm phân, giảm thuốc; lúa được sấy và xay xát ngay gần "
            "nơi thu hoạch."
        ),
        "story_en": (
            "The cooperative supplies seed, inputs and machinery services to its "
            "members and buys their paddy under contract. Its large shared field is "
            "farmed with less fertiliser and fewer sprays, and the grain is dried and "
            "milled close to where it is harvested."
        ),
        "lat": 10.405,
        "lon": 105.711,
    },
    {
        "slug": "co-so-gao-binh-hang-tay",
        "name": "Cơ sở chế biến gạo Bình Hàng Tây",
        "name_is_sample": True,
        "legal_form": "household",
        "commune": "Bình Hàng Tây",
        "address": "ấp 1, xã Bình Hàng Tây, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 015",
        "website": None,
        "story_vi": (
            "Cơ sở thu mua lúa của các hộ trong vùng, sấy và xay xát thành gạo đóng "
            "túi mang nhãn AKITA X. Lúa được chọn từ những ruộng cùng giống, cùng lịch "
            "gieo sạ để hạt gạo đều. Gạo được đóng túi hút chân không để giữ mùi thơm."
        ),
        "story_en": (
            "This mill buys paddy from nearby farms, dries and mills it, and packs the "
            "rice under the AKITA X label. Paddy comes from fields sown with the same "
            "variety on the same calendar, so the grains are even. The rice is "
            "vacuum-packed to keep its fragrance."
        ),
        "lat": 10.399,
        "lon": 105.666,
    },
    {
        "slug": "tht-vit-nhi-my",
        "name": "Tổ hợp tác chăn nuôi vịt Nhị Mỹ",
        "name_is_sample": True,
        "legal_form": "cooperative_group",
        "commune": "Nhị Mỹ",
        "address": "ấp 3, xã Nhị Mỹ, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 016",
        "website": None,
        "story_vi": (
            "Các hộ trong tổ hợp tác nuôi vịt đẻ theo hướng an toàn sinh học; đàn vịt "
            "được thả đồng sau mùa gặt và bổ sung thức ăn sạch. Trứng được nhặt mỗi "
            "sáng, làm sạch, soi và phân loại trước khi đóng hộp. Ngày đẻ được in trên "
            "từng hộp trứng."
        ),
        "story_en": (
            "Members raise laying ducks under biosecurity rules; the flocks forage in "
            "the fields after harvest and get clean feed on top. Eggs are collected "
            "every morning, cleaned, candled and graded before boxing. The laying date "
            "is printed on every box."
        ),
        "lat": 10.404,
        "lon": 105.744,
    },
    {
        "slug": "xoai-chu-chin-household",
        "name": "Hộ kinh doanh xoài Chú Chín",
        "name_is_sample": False,
        "legal_form": "household",
        "commune": "Mỹ Xương",
        "address": "ấp 4, xã Mỹ Xương, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 017",
        "website": None,
        "story_vi": (
            "Vườn xoài Chú Chín là vườn của một hộ gia đình ở Mỹ Xương, mang tên người "
            "chủ vườn. Từng cây được tỉa cành sau mỗi vụ, trái được bao từ sớm và chỉ "
            "hái khi đã đủ già. Khách quen thường đặt trước mỗi mùa xoài."
        ),
        "story_en": (
            "Chú Chín (“Uncle Nine”) is the family orchard of a Mỹ Xương household, "
            "named after the grower. Every tree is pruned after each crop, the fruit "
            "is bagged early and picked only when fully mature. Regular customers "
            "order ahead every mango season."
        ),
        "lat": 10.431,
        "lon": 105.691,
    },
    {
        "slug": "thien-an",
        "name": "Cơ sở bánh kẹp Thiên Ân",
        "name_is_sample": False,
        "legal_form": "household",
        "commune": "Mỹ Long",
        "address": "ấp 3, xã Mỹ Long, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 018",
        "website": None,
        "story_vi": (
            "Cơ sở Thiên Ân làm bánh kẹp theo kiểu truyền thống miền Tây: bột, trứng "
            "và nước cốt dừa được đổ khuôn, nướng trên than cho giòn. Bánh được đóng "
            "túi kín ngay khi nguội để giữ độ giòn. Cơ sở đang được huyện vận động "
            "tham gia đánh giá OCOP."
        ),
        "story_en": (
            "Thiên Ân makes *bánh kẹp*, thin crisp wafers in the Mekong Delta "
            "tradition: flour, eggs and coconut milk poured into irons and baked over "
            "charcoal. They are sealed in bags as soon as they cool, so they stay "
            "crisp. The district is encouraging the workshop to enter OCOP evaluation."
        ),
        "lat": 10.367,
        "lon": 105.745,
    },
    {
        "slug": "hoi-quan-chanh-binh-thanh",
        "name": "Hội quán trồng chanh Bình Thạnh",
        "name_is_sample": True,
        "legal_form": "hoi_quan",
        "commune": "Bình Thạnh",
        "address": "ấp 2, xã Bình Thạnh, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 019",
        "website": None,
        "story_vi": (
            "Hội quán là nơi nông dân trồng chanh ở Bình Thạnh gặp nhau hằng tháng để "
            "chia sẻ kinh nghiệm chăm vườn và thông tin giá cả. Các thành viên thống "
            "nhất thời điểm thu hoạch để gom hàng bán chung. Hội quán đang chuẩn bị hồ "
            "sơ tham gia đánh giá OCOP."
        ),
        "story_en": (
            "Lime growers in Bình Thạnh meet at their *hội quán*, a village club, "
            "every month to share orchard know-how and market prices. Members agree on "
            "harvest dates so they can pool their fruit and sell together. The club is "
            "preparing its file for OCOP evaluation."
        ),
        "lat": 10.369,
        "lon": 105.813,
    },
    {
        "slug": "htx-xoai-my-xuong",
        "name": "Hợp tác xã xoài Mỹ Xương",
        "name_is_sample": True,
        "legal_form": "cooperative",
        "commune": "Mỹ Xương",
        "address": "ấp 2, xã Mỹ Xương, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 020",
        "website": None,
        "story_vi": (
            "Hợp tác xã tập hợp các nhà vườn trồng xoài cát Chu và xoài cát Hòa Lộc ở "
            "Mỹ Xương. Xã viên sản xuất theo VietGAP, có mã số vùng trồng và nhà đóng "
            "gói riêng để đáp ứng yêu cầu của thị trường xuất khẩu. Hợp tác xã bao "
            "tiêu xoài cho xã viên, cung cấp cho siêu thị và doanh nghiệp xuất khẩu."
        ),
        "story_en": (
            "The cooperative brings together growers of Cát Chu and Cát Hòa Lộc "
            "mangoes in Mỹ Xương. Members farm to VietGAP, with registered "
            "growing-area codes and their own packing house to meet export "
            "requirements. The cooperative buys its members' fruit and supplies "
            "supermarkets and exporters."
        ),
        "lat": 10.421,
        "lon": 105.682,
    },
    {
        "slug": "co-so-nong-san-say-an-binh",
        "name": "Cơ sở nông sản sấy An Bình",
        "name_is_sample": True,
        "legal_form": "household",
        "commune": "An Bình",
        "address": "ấp 1, xã An Bình, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 021",
        "website": None,
        "story_vi": (
            "Cơ sở sấy mít, chuối, khoai lang và hạt sen mua từ nông dân trong huyện, "
            "giúp bà con không bị ép giá lúc vào vụ rộ. Công nghệ sấy chân không ở "
            "nhiệt độ thấp giữ màu và vị tự nhiên, không dùng chất bảo quản. Sản phẩm "
            "được đóng túi có khóa kéo, dễ mang theo."
        ),
        "story_en": (
            "This workshop dries jackfruit, banana, sweet potato and lotus seeds "
            "bought from farmers across the district, so growers are not forced to "
            "sell cheap at the peak of the harvest. Low-temperature vacuum drying "
            "keeps the natural colour and flavour without preservatives. Products come "
            "in resealable pouches that travel well."
        ),
        "lat": 10.482,
        "lon": 105.666,
    },
    {
        "slug": "co-so-ruou-sen-ba-sao",
        "name": "Cơ sở rượu sen Ba Sao",
        "name_is_sample": True,
        "legal_form": "household",
        "commune": "Ba Sao",
        "address": "ấp 3, xã Ba Sao, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 022",
        "website": None,
        "story_vi": (
            "Cơ sở nấu rượu từ gạo nếp địa phương, ngâm ủ cùng hạt sen và hoa sen để "
            "làm nên Hoa sen tửu. Rượu được chưng cất thủ công và để lắng lâu trước "
            "khi đóng chai. Đồng Tháp là xứ sen, nên mỗi chai rượu mang theo một chút "
            "hình ảnh quê hương."
        ),
        "story_en": (
            "The distillery makes spirit from local glutinous rice and steeps it with "
            "lotus seeds and lotus flowers to create Hoa sen tửu. It is distilled by "
            "hand and left to settle for a long time before bottling. Đồng Tháp is "
            "lotus country, and each bottle carries a little of home."
        ),
        "lat": 10.534,
        "lon": 105.637,
    },
    {
        "slug": "gao-giong-ecotourism",
        "name": "Công ty Cổ phần Dịch vụ du lịch sinh thái Gáo Giồng",
        "name_is_sample": False,
        "legal_form": "company",
        "commune": "Gáo Giồng",
        "address": "ấp 4, xã Gáo Giồng, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 023",
        "website": None,
        "story_vi": (
            "Công ty khai thác dịch vụ du lịch sinh thái trong khu rừng tràm Gáo "
            "Giồng, giữa vùng Đồng Tháp Mười. Du khách đi xuồng xuyên rừng, ngắm chim, "
            "thưởng thức món quê và mua đặc sản do người dân địa phương làm ra. Kế "
            "hoạch OCOP của huyện hỗ trợ công ty lập hồ sơ tham gia đánh giá, phân "
            "hạng."
        ),
        "story_en": (
            "The company runs eco-tourism services in the Gáo Giồng melaleuca forest, "
            "in the heart of the Plain of Reeds (Đồng Tháp Mười). Visitors paddle "
            "through the forest, watch birds, eat country food and buy specialities "
            "made by local people. The district's OCOP plan supports the company in "
            "preparing its evaluation file."
        ),
        "lat": 10.6215,
        "lon": 105.6452,
    },
    {
        "slug": "minh-phat",
        "name": "Điểm du lịch sinh thái Minh Phát",
        "name_is_sample": False,
        "legal_form": "household",
        "commune": "Phương Thịnh",
        "address": "ấp 2, xã Phương Thịnh, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 024",
        "website": None,
        "story_vi": (
            "Minh Phát là một khu vườn rộng với ao cá, lối đi dưới tán cây và những "
            "chòi lá để nghỉ chân. Khách đến câu cá, hái trái và ăn món quê do chính "
            "gia đình chủ vườn nấu. Kế hoạch OCOP của huyện nhắc đến Minh Phát trong "
            "nhóm dịch vụ du lịch nông thôn."
        ),
        "story_en": (
            "Minh Phát is a large garden with fish ponds, shaded paths and thatched "
            "huts to rest in. People come to fish, pick fruit and eat country dishes "
            "cooked by the owners' family. The district's OCOP plan lists Minh Phát "
            "among its rural tourism services."
        ),
        "lat": 10.5735,
        "lon": 105.6858,
    },
    {
        "slug": "xeo-quyt",
        "name": "Khu du lịch Xẻo Quýt",
        "name_is_sample": False,
        "legal_form": "company",
        "commune": "Mỹ Hiệp",
        "address": "ấp 4, xã Mỹ Hiệp, huyện Cao Lãnh, Đồng Tháp",
        "phone": "0277 000 025",
        "website": None,
        "story_vi": (
            "Khu du lịch Xẻo Quýt nằm trong một cánh rừng tràm rậm rạp ở Mỹ Hiệp, gắn "
            "với di tích lịch sử thời kháng chiến. Những lối mòn nhỏ và con rạch dưới "
            "tán tràm đưa du khách vào sâu trong rừng. Nơi đây vừa để tìm hiểu lịch "
            "sử, vừa để nghỉ ngơi giữa thiên nhiên."
        ),
        "story_en": (
            "Xẻo Quýt lies in a dense melaleuca forest in Mỹ Hiệp and is tied to a "
            "historic site from the resistance war. Narrow trails and creeks under the "
            "trees lead visitors deep into the forest. It is a place to learn history "
            "and to rest in nature."
        ),
        "lat": 10.4065,
        "lon": 105.801,
    },
]


# One product per item the plan names. group is a 1048/QD-TTg group code. GTINs are
# sample numbers from GS1's restricted-circulation range (prefix 20).
PRODUCTS = [
    {
        "slug": "xoai-cao-lanh",
        "name_vi": "Xoài Cao Lãnh",
        "name_en": "Cao Lãnh mango",
        "group": "food",
        "producer": "htx-xoai-my-xuong",
        "commune": "Mỹ Xương",
        "status": "published",
        "plan_mention": "Xoài Cao Lãnh",
        "summary_vi": (
            "Xoài cát trồng trên đất phù sa huyện Cao Lãnh, thịt vàng, mịn, thơm và "
            "ngọt đậm."
        ),
        "summary_en": (
            "Cát mangoes grown on the alluvial soil of Cao Lãnh district: golden, "
            "smooth, fragrant and very sweet."
        ),
        "description_vi": (
            "Xoài Cao Lãnh ở đây chủ yếu là xoài cát Hòa Lộc: trái to, vỏ mỏng, thịt "
            "dày và ít xơ. Trái được bao từ khi còn nhỏ, hái đúng độ già rồi tuyển "
            "chọn, đóng thùng tại nhà đóng gói có mã số. Mỗi thùng có tem truy xuất "
            "ghi rõ vùng trồng và ngày thu hoạch."
        ),
        "description_en": (
            "This Cao Lãnh mango is mainly the Cát Hòa Lộc variety: large fruit with "
            "thin skin, thick flesh and little fibre. Each fruit is bagged while "
            "small, picked at the right maturity, then graded and boxed at a "
            "registered packing house. Every box carries a traceability stamp showing "
            "the growing area and harvest date."
        ),
        "story_vi": (
            "Cao Lãnh vẫn được gọi là **thủ phủ xoài** của Đồng Tháp. Phù sa sông Tiền "
            "bồi đắp qua bao mùa nước nổi làm đất vườn màu mỡ, rất hợp với cây xoài. "
            "Vào mùa xoài, từ tháng Ba đến tháng Sáu, đường làng thơm mùi trái chín, "
            "thương lái và khách phương xa tìm về tận vườn.\n\n"
            "Nhà vườn truyền cho nhau kinh nghiệm xử lý ra hoa, bao trái, tỉa cành, để "
            "trái nào cũng đều và đẹp. Mỗi trái xoài là kết quả của cả một năm chăm "
            "sóc."
        ),
        "story_en": (
            "Cao Lãnh is often called Đồng Tháp's **mango capital**. Flood after "
            "flood, the Tiền river leaves rich silt on the orchards, and mango trees "
            "thrive in it. In mango season, from March to June, village roads smell of "
            "ripe fruit and buyers come from far away straight to the orchards.\n\n"
            "Growers pass on their know-how (timing the flowering, bagging the fruit, "
            "pruning) so that every mango comes out even and handsome. Each one is the "
            "result of a whole year of care."
        ),
        "standards": ["VietGAP"],
        "season": [3, 4, 5, 6],
        "where_to_buy_vi": (
            "Tại hợp tác xã ở Mỹ Xương; siêu thị và cửa hàng đặc sản trong tỉnh."
        ),
        "where_to_buy_en": (
            "At the cooperative in Mỹ Xương; supermarkets and speciality shops across "
            "the province."
        ),
        "price_min": 60000,
        "price_max": 90000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "xoai-cat-chu-cao-lanh",
        "name_vi": "Xoài Cát Chu Cao Lãnh",
        "name_en": "Cao Lãnh Cát Chu mango",
        "group": "food",
        "producer": "htx-xoai-my-xuong",
        "commune": "Mỹ Xương",
        "status": "published",
        "plan_mention": "Xoài Cát Chu Cao Lãnh",
        "summary_vi": (
            "Xoài cát Chu trái vừa tay, vỏ mỏng, ngọt đậm xen chút chua nhẹ, đặc sản "
            "nổi tiếng của Cao Lãnh."
        ),
        "summary_en": (
            "Hand-sized Cát Chu mangoes with thin skin and a rich sweetness lifted by "
            "a hint of tartness, a signature fruit of Cao Lãnh."
        ),
        "description_vi": (
            "Xoài cát Chu có trái tròn, nặng khoảng 300–400 g, thịt vàng, chắc và thơm "
            "đặc trưng. Vườn được canh tác theo VietGAP và GlobalGAP, có mã số vùng "
            "trồng, xoài được đóng gói tại nhà đóng gói đạt yêu cầu xuất khẩu. Xoài "
            "tươi được bán theo thùng 5 kg và 10 kg."
        ),
        "description_en": (
            "Cát Chu mangoes are round, about 300–400 g each, with firm golden flesh "
            "and a distinctive aroma. The orchards follow VietGAP and GlobalGAP and "
            "hold a registered growing-area code, and the fruit is packed at an "
            "export-grade packing house. Sold fresh in 5 kg and 10 kg boxes."
        ),
        "story_vi": (
            "Xoài cát Chu đã gắn bó với nhà vườn Cao Lãnh qua nhiều thế hệ. Cây cho "
            "trái đều, hợp với đất phù sa ven sông Tiền, nên gần như vườn nào cũng có "
            "vài gốc. Trái không quá to nhưng ngọt đậm, thơm lâu, chua nhẹ ở cuối, ăn "
            "một lần là nhớ.\n\n"
            "Ngày nay xoài cát Chu đi xa hơn: có mã số vùng trồng, có tem truy xuất "
            "nguồn gốc, theo các chuyến hàng ra thành phố và ra nước ngoài. Nhưng mùa "
            "xoài ở Cao Lãnh vẫn bắt đầu như xưa, bằng những buổi sáng sớm hái trái "
            "ngoài vườn."
        ),
        "story_en": (
            "Cát Chu mangoes have grown in Cao Lãnh orchards for generations. The tree "
            "bears evenly and loves the alluvial soil along the Tiền river, so almost "
            "every orchard has a few. The fruit is not large, but its deep sweetness, "
            "lingering fragrance and gentle tart finish are hard to forget.\n\n"
            "Today Cát Chu mangoes travel further, with a growing-area code and a "
            "traceability stamp, in shipments to the cities and abroad. Yet mango "
            "season in Cao Lãnh still begins as it always did, with early mornings "
            "picking fruit in the orchard."
        ),
        "standards": ["VietGAP", "GlobalGAP"],
        "season": [3, 4, 5, 6],
        "where_to_buy_vi": (
            "Tại hợp tác xã ở Mỹ Xương; hệ thống siêu thị tại TP. Hồ Chí Minh và Cao "
            "Lãnh; đặt hàng qua điện thoại."
        ),
        "where_to_buy_en": (
            "At the cooperative in Mỹ Xương; supermarket chains in Ho Chi Minh City "
            "and Cao Lãnh; orders by phone."
        ),
        "price_min": 45000,
        "price_max": 70000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": "2087300000013",
    },
    {
        "slug": "mit-say",
        "name_vi": "Mít sấy",
        "name_en": "Dried jackfruit",
        "group": "food",
        "producer": "co-so-nong-san-say-an-binh",
        "commune": "An Bình",
        "status": "published",
        "plan_mention": "mít sấy",
        "summary_vi": (
            "Mít chín cây sấy chân không, giòn xốp, giữ màu vàng và vị ngọt tự nhiên."
        ),
        "summary_en": (
            "Tree-ripened jackfruit, vacuum-dried until crisp, keeping its golden "
            "colour and natural sweetness."
        ),
        "description_vi": (
            "Mít từ các vườn trong huyện được tách múi, bỏ hạt và sấy ở nhiệt độ thấp "
            "trong môi trường chân không. Sản phẩm không thêm đường, không chất bảo "
            "quản, đóng túi có khóa kéo 250 g. Đây là một trong các sản phẩm sấy mà kế "
            "hoạch của huyện đặt mục tiêu nâng hạng."
        ),
        "description_en": (
            "Jackfruit from orchards in the district is split, stoned and dried at low "
            "temperature under vacuum. Nothing is added, no sugar and no "
            "preservatives, and it is packed in 250 g resealable pouches. It is one of "
            "the dried products the district plan aims to move up a star rating."
        ),
        "story_vi": (
            "Mùa mít rộ, giá thường xuống thấp và nhiều trái chín phải bỏ đi. Sấy mít "
            "là cách để nông dân trong huyện bán được trái lúc vào vụ rộ mà không bị "
            "ép giá. Từ vài mẻ sấy nhỏ, cơ sở dần đầu tư máy sấy chân không, hoàn "
            "thiện bao bì và có mặt ở các hội chợ trong tỉnh.\n\n"
            "Mỗi túi mít sấy giữ lại một buổi chiều trong vườn: giòn, thơm và ngọt."
        ),
        "story_en": (
            "When jackfruit is in full season, prices drop and ripe fruit often goes "
            "to waste. Drying it lets the district's farmers sell at the peak without "
            "being squeezed on price. From a few small batches, the workshop invested "
            "in vacuum driers, improved its packaging and now shows up at fairs across "
            "the province.\n\n"
            "Each pouch keeps a little of an afternoon in the orchard: crisp, fragrant "
            "and sweet."
        ),
        "standards": ["HACCP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ; cửa "
            "hàng đặc sản và quầy quà tặng ở Cao Lãnh."
        ),
        "where_to_buy_en": (
            "The district's OCOP showroom in Mỹ Thọ town; speciality and gift shops in "
            "Cao Lãnh."
        ),
        "price_min": 60000,
        "price_max": 75000,
        "price_unit_vi": "túi 250 g",
        "price_unit_en": "250 g pouch",
        "gtin": "2087300000020",
    },
    {
        "slug": "chuoi-say",
        "name_vi": "Chuối sấy",
        "name_en": "Dried banana",
        "group": "food",
        "producer": "co-so-nong-san-say-an-binh",
        "commune": "An Bình",
        "status": "published",
        "plan_mention": "chuối sấy",
        "summary_vi": "Chuối xiêm chín sấy dẻo, vị ngọt thanh, không thêm đường.",
        "summary_en": (
            "Ripe Siamese bananas dried soft and chewy, gently sweet, with no added "
            "sugar."
        ),
        "description_vi": (
            "Chuối xiêm chín được lột vỏ, ép mỏng và sấy chậm đến khi dẻo, có màu nâu "
            "mật ong. Sản phẩm không dùng đường và chất bảo quản, đóng túi có khóa kéo "
            "250 g. Chuối sấy là một trong những sản phẩm sấy của huyện đã tham gia "
            "đánh giá OCOP."
        ),
        "description_en": (
            "Ripe Siamese bananas are peeled, pressed thin and slow-dried until chewy "
            "and honey-brown. No sugar or preservatives are used, and it comes in 250 "
            "g resealable pouches. Dried banana is one of the district's dried "
            "products that have already been through OCOP evaluation."
        ),
        "story_vi": (
            "Chuối xiêm được trồng ở hầu hết các vườn nhà, trên bờ mương, quanh nền "
            "nhà. Ngày trước, các bà, các mẹ phơi chuối trên nong tre dưới nắng gắt "
            "mùa khô để dành ăn dần. Cơ sở giữ lại cách làm ấy nhưng thay nong tre "
            "bằng buồng sấy sạch, kiểm soát nhiệt độ, để chuối dẻo đều và an toàn.\n\n"
            "Vị ngọt của chuối sấy là vị ngọt của nắng miền Tây."
        ),
        "story_en": (
            "Siamese bananas (*chuối xiêm*) grow in nearly every home garden, along "
            "the ditches and around the houses. Grandmothers used to dry them on "
            "bamboo trays under the hard dry-season sun, to eat through the year. The "
            "workshop keeps that method but swaps the trays for clean, "
            "temperature-controlled drying rooms, so the bananas come out evenly chewy "
            "and safe.\n\n"
            "The sweetness of dried banana is the sweetness of the Mekong sun."
        ),
        "standards": ["HACCP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ; đặt "
            "hàng qua điện thoại."
        ),
        "where_to_buy_en": (
            "The district's OCOP showroom in Mỹ Thọ town; orders by phone."
        ),
        "price_min": 35000,
        "price_max": 45000,
        "price_unit_vi": "túi 250 g",
        "price_unit_en": "250 g pouch",
        "gtin": None,
    },
    {
        "slug": "khoai-lang-say",
        "name_vi": "Khoai lang sấy",
        "name_en": "Dried sweet potato",
        "group": "food",
        "producer": "co-so-nong-san-say-an-binh",
        "commune": "An Bình",
        "status": "published",
        "plan_mention": "khoai lang sấy",
        "summary_vi": "Khoai lang ruột vàng sấy giòn, bùi và thơm, món ăn vặt dễ ăn.",
        "summary_en": (
            "Yellow-fleshed sweet potato dried crisp: nutty, fragrant and easy to "
            "snack on."
        ),
        "description_vi": (
            "Khoai lang được rửa sạch, gọt vỏ, cắt lát đều rồi sấy chân không đến khi "
            "giòn. Sản phẩm đóng túi 250 g, bảo quản nơi khô ráo và ngon nhất trong "
            "vài ngày sau khi mở túi."
        ),
        "description_en": (
            "Sweet potatoes are washed, peeled, sliced evenly and vacuum-dried until "
            "crisp. Packed in 250 g pouches; keep dry and eat within a few days of "
            "opening."
        ),
        "story_vi": (
            "Sau mùa lúa, nhiều ruộng ở Cao Lãnh được lên liếp trồng khoai lang, vừa "
            "tăng thu nhập vừa luân canh cho đất nghỉ. Khi khoai rớt giá, sấy là cách "
            "giữ lại giá trị của củ khoai. Những lát khoai vàng giòn mang theo mùi đất "
            "phù sa và công chăm của người trồng."
        ),
        "story_en": (
            "After the rice harvest, many Cao Lãnh fields are ridged up for sweet "
            "potatoes, adding income and resting the soil through rotation. When "
            "prices fall, drying keeps the value in the crop. Each golden, crisp slice "
            "carries the smell of the alluvial soil and the work of the growers."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": "The district's OCOP showroom in Mỹ Thọ town.",
        "price_min": 40000,
        "price_max": 50000,
        "price_unit_vi": "túi 250 g",
        "price_unit_en": "250 g pouch",
        "gtin": None,
    },
    {
        "slug": "hat-sen-say",
        "name_vi": "Hạt sen sấy",
        "name_en": "Dried lotus seeds",
        "group": "food",
        "producer": "co-so-nong-san-say-an-binh",
        "commune": "An Bình",
        "status": "published",
        "plan_mention": "hạt sen sậy",
        "summary_vi": (
            "Hạt sen Đồng Tháp sấy giòn, bùi béo, ăn vặt hay nấu chè đều ngon."
        ),
        "summary_en": (
            "Đồng Tháp lotus seeds dried crisp and nutty, lovely as a snack or in "
            "sweet soups."
        ),
        "description_vi": (
            "Hạt sen được tách vỏ, bỏ tim, sấy ở nhiệt độ thấp để giữ vị bùi và màu "
            "trắng ngà. Sản phẩm đóng hộp 200 g, không phẩm màu, không chất bảo quản. "
            "Có thể ăn ngay hoặc ngâm mềm để nấu chè, hầm canh."
        ),
        "description_en": (
            "The seeds are shelled, the bitter green germ removed, and dried at low "
            "temperature to keep their nutty taste and ivory colour. Packed in 200 g "
            "boxes, with no colouring or preservatives. Eat them straight, or soak "
            "them for sweet soups and broths."
        ),
        "story_vi": (
            "Nói đến Đồng Tháp là nói đến **sen**. Trên vùng Đồng Tháp Mười, đầm sen "
            "nở hồng suốt mùa hè; gương sen được hái vào sáng sớm, khi sương còn đọng "
            "trên lá. Người hái chèo xuồng len giữa đầm, chọn từng gương vừa già.\n\n"
            "Hạt sen sấy giữ lại cái bùi của mùa sen, để người đi xa vẫn mang theo "
            "được một chút hương đồng."
        ),
        "story_en": (
            "Đồng Tháp means **lotus**. Across the Plain of Reeds, lotus ponds bloom "
            "pink all summer, and the seed heads are picked early in the morning while "
            "dew still sits on the leaves. Pickers paddle through the ponds, choosing "
            "each seed head just as it matures.\n\n"
            "Dried lotus seeds keep the nutty taste of the lotus season, so travellers "
            "can take a little of the countryside home."
        ),
        "standards": ["HACCP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ; quầy "
            "đặc sản tại các điểm du lịch trong huyện."
        ),
        "where_to_buy_en": (
            "The district's OCOP showroom in Mỹ Thọ town; speciality stalls at the "
            "district's tourist sites."
        ),
        "price_min": 55000,
        "price_max": 70000,
        "price_unit_vi": "hộp 200 g",
        "price_unit_en": "200 g box",
        "gtin": None,
    },
    {
        "slug": "hoa-sen-tuu",
        "name_vi": "Hoa sen tửu",
        "name_en": "Hoa sen tửu lotus rice spirit",
        "group": "beverages",
        "producer": "co-so-ruou-sen-ba-sao",
        "commune": "Ba Sao",
        "status": "published",
        "plan_mention": "Hoa sen tửu",
        "summary_vi": (
            "Rượu nếp ngâm ủ cùng hạt sen và hoa sen, êm, thơm nhẹ, đặc sản xứ sen "
            "Đồng Tháp."
        ),
        "summary_en": (
            "Glutinous rice spirit steeped with lotus seeds and flowers: smooth and "
            "lightly fragrant, from Đồng Tháp's lotus country."
        ),
        "description_vi": (
            "Rượu được nấu từ gạo nếp địa phương, chưng cất thủ công, rồi ngâm ủ cùng "
            "hạt sen và cánh hoa sen. Độ cồn khoảng 29%, đóng chai thủy tinh 500 ml. "
            "Sản phẩm không dành cho người dưới 18 tuổi; đã uống rượu thì không lái xe."
        ),
        "description_en": (
            "Made from local glutinous rice, distilled by hand and steeped with lotus "
            "seeds and petals. About 29% alcohol, in 500 ml glass bottles. Not for "
            "anyone under 18; never drink and drive."
        ),
        "story_vi": (
            "Ở xứ sen, hương sen có mặt trong bữa cơm, trong chén trà và cả trong chén "
            "rượu mời khách. Người nấu chọn nếp thơm, ủ men, chưng cất chậm để rượu "
            "trong và êm. Hạt sen và hoa sen được thêm vào khi ngâm ủ, cho rượu hậu vị "
            "thanh, thoang thoảng mùi đầm sen buổi sớm.\n\n"
            "Hoa sen tửu được làm ra để mời khách quý, trong những dịp sum họp đầu năm."
        ),
        "story_en": (
            "In lotus country, lotus finds its way into meals, into tea and even into "
            "the glass poured for guests. The distiller picks fragrant glutinous rice, "
            "ferments it and distils slowly so the spirit runs clear and smooth. Lotus "
            "seeds and flowers go in during steeping, giving a clean finish with a "
            "faint scent of a lotus pond at dawn.\n\n"
            "Hoa sen tửu is made for honoured guests and for family gatherings at the "
            "start of the year."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ; mua "
            "trực tiếp tại cơ sở ở Ba Sao."
        ),
        "where_to_buy_en": (
            "The district's OCOP showroom in Mỹ Thọ town; direct from the distillery "
            "in Ba Sao."
        ),
        "price_min": 120000,
        "price_max": 180000,
        "price_unit_vi": "chai 500 ml",
        "price_unit_en": "500 ml bottle",
        "gtin": None,
    },
    {
        "slug": "oi-thien-phu",
        "name_vi": "Ổi Thiên Phú",
        "name_en": "Thiên Phú guava",
        "group": "food",
        "producer": "tht-thien-phu",
        "commune": "Tân Nghĩa",
        "status": "published",
        "plan_mention": "ổi của Tổ hợp tác Thiên Phú",
        "summary_vi": (
            "Ổi ruột trắng giòn, ít hạt, ngọt thanh, trồng và bao trái theo quy trình "
            "chung của Tổ hợp tác Thiên Phú."
        ),
        "summary_en": (
            "Crisp, white-fleshed guava with few seeds and a clean sweetness, grown "
            "and bagged to the Thiên Phú group's shared routine."
        ),
        "description_vi": (
            "Ổi được bao trái từ khi bằng đầu ngón tay cái để hạn chế sâu bệnh và giữ "
            "vỏ láng đẹp. Vườn bón phân hữu cơ, cho trái quanh năm; ổi được phân loại "
            "theo cỡ trước khi giao. Trái nặng 300–500 g, ăn tươi hay ép nước đều ngon."
        ),
        "description_en": (
            "Each guava is bagged when it is the size of a thumb tip, to keep pests "
            "off and the skin smooth. The orchards use organic fertiliser and fruit "
            "all year round; guavas are graded by size before delivery. Fruits weigh "
            "300–500 g and are good fresh or juiced."
        ),
        "story_vi": (
            "Trước đây, mỗi hộ trồng ổi ở Tân Nghĩa tự lo đầu ra, giá lên xuống thất "
            "thường. Khi cùng lập tổ hợp tác, các hộ thống nhất giống, quy trình chăm "
            "sóc và bán qua một đầu mối, nhờ vậy giá ổn định hơn. Kế hoạch của huyện "
            "vận động tổ hợp tác tham gia đánh giá, phân hạng OCOP.\n\n"
            "Trái ổi giòn ngọt hôm nay là thành quả của những buổi họp tổ dưới tán "
            "vườn."
        ),
        "story_en": (
            "Guava growers in Tân Nghĩa used to find buyers on their own, and prices "
            "swung wildly. Once they formed a cooperative group, they agreed on one "
            "variety, one growing routine and one sales contact, and prices steadied. "
            "The district plan encouraged the group to enter OCOP evaluation.\n\n"
            "Today's crisp, sweet guava grew out of those meetings in the shade of the "
            "orchard."
        ),
        "standards": ["VietGAP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": "Tại vườn ở Tân Nghĩa; chợ đầu mối và siêu thị ở Cao Lãnh.",
        "where_to_buy_en": (
            "At the orchards in Tân Nghĩa; wholesale markets and supermarkets in Cao "
            "Lãnh."
        ),
        "price_min": 18000,
        "price_max": 25000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "nam-rom-phuong-tra",
        "name_vi": "Nấm rơm sạch Phương Trà",
        "name_en": "Phương Trà clean straw mushrooms",
        "group": "food",
        "producer": "phuong-tra-agri",
        "commune": "Phương Trà",
        "status": "published",
        "plan_mention": "Nấm rơm sạch của Công ty Cổ phần Nông nghiệp Phương Trà",
        "summary_vi": (
            "Nấm rơm trồng trong nhà trại, hái mỗi sáng, búp tròn, chắc và ngọt."
        ),
        "summary_en": (
            "Straw mushrooms grown indoors and picked every morning: round, firm "
            "buttons with a sweet taste."
        ),
        "description_vi": (
            "Nấm được trồng trên rơm sạch trong nhà trại kiểm soát nhiệt độ, độ ẩm, "
            "không dùng thuốc bảo vệ thực vật. Nấm được hái khi còn búp, sơ chế và "
            "đóng hộp 500 g, giao trong ngày. Bảo quản ngăn mát, ngon nhất trong hai "
            "ngày."
        ),
        "description_en": (
            "The mushrooms grow on clean straw in sheds with controlled temperature "
            "and humidity, with no pesticides. They are picked as closed buttons, "
            "trimmed and packed in 500 g boxes for same-day delivery. Keep "
            "refrigerated; best within two days."
        ),
        "story_vi": (
            "Sau mỗi mùa gặt, rơm thường bị đốt ngay trên ruộng, khói bay mờ cả cánh "
            "đồng. Công ty Cổ phần Nông nghiệp Phương Trà mua rơm của bà con để trồng "
            "nấm, biến thứ bỏ đi thành nguồn thu. Nấm trồng trong nhà trại nên cho thu "
            "hoạch đều quanh năm, không phụ thuộc mưa nắng.\n\n"
            "Mỗi hộp nấm khép lại một vòng tuần hoàn nhỏ: từ ruộng lúa thành nấm, rồi "
            "thành phân trả lại cho ruộng."
        ),
        "story_en": (
            "After every harvest, straw used to be burned right in the fields, smoke "
            "drifting across the plain. Phương Trà Agriculture JSC buys that straw "
            "from farmers to grow mushrooms, turning waste into income. Grown indoors, "
            "the mushrooms crop evenly all year, whatever the weather.\n\n"
            "Each box closes a small loop: from the rice field to mushrooms, and back "
            "to the field as compost."
        ),
        "standards": ["VietGAP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Chợ và siêu thị ở Cao Lãnh; giao hàng trong ngày theo đơn đặt trước."
        ),
        "where_to_buy_en": (
            "Markets and supermarkets in Cao Lãnh; same-day delivery to pre-orders."
        ),
        "price_min": 45000,
        "price_max": 60000,
        "price_unit_vi": "hộp 500 g",
        "price_unit_en": "500 g box",
        "gtin": None,
    },
    {
        "slug": "mam-gao-giong",
        "name_vi": "Mắm Gáo Giồng",
        "name_en": "Gáo Giồng fermented fish (mắm)",
        "group": "food",
        "producer": "hoi-quan-mam-gao-giong",
        "commune": "Gáo Giồng",
        "status": "published",
        "plan_mention": "mắm, mật Ong Gáo Giồng",
        "summary_vi": (
            "Mắm cá đồng ủ trong khạp sành theo cách truyền thống, thơm, đậm đà, thịt "
            "cá mềm."
        ),
        "summary_en": (
            "Freshwater fish fermented in earthenware jars the traditional way: "
            "aromatic and savoury, with tender flesh."
        ),
        "description_vi": (
            "Cá lóc, cá linh đánh bắt mùa nước nổi được làm sạch, ướp muối, trộn thính "
            "gạo rang và ủ từ ba đến sáu tháng. Mắm đóng hũ 500 g, dùng để kho, chưng "
            "thịt hoặc nấu lẩu mắm. Bảo quản nơi thoáng mát, đậy kín sau khi dùng."
        ),
        "description_en": (
            "Snakehead and *linh* fish caught in the flood season are cleaned, salted, "
            "mixed with roasted rice powder and fermented for three to six months. "
            "Sold in 500 g jars, for braising, steaming with pork or a *mắm* hotpot. "
            "Store somewhere cool and close the jar after use."
        ),
        "story_vi": (
            "Mùa nước nổi trên Đồng Tháp Mười đưa cá đồng về từng con kênh, từng thửa "
            "ruộng. Ngày trước cá nhiều ăn không hết, người dân làm mắm để dành cho "
            "những tháng nước ròng. Nghề làm mắm ở Gáo Giồng truyền từ mẹ sang con, "
            "nhà nào cũng có bí quyết riêng về muối và thính.\n\n"
            "Nay các chị em trong hội quán cùng làm mắm, ghi chép từng mẻ và đóng hũ "
            "sạch sẽ để món quê đi được xa hơn."
        ),
        "story_en": (
            "The yearly flood on the Plain of Reeds brings wild fish into every canal "
            "and rice field. In the old days there was more fish than anyone could "
            "eat, so families made *mắm* to last through the low-water months. In Gáo "
            "Giồng the craft passed from mother to daughter, each household with its "
            "own secret for the salt and the roasted rice.\n\n"
            "Today the women of the hội quán make mắm together, log every batch and "
            "pack it in clean jars so this country dish can travel further."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Quầy đặc sản tại khu du lịch sinh thái Gáo Giồng; điểm giới thiệu và bán "
            "sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "The speciality stall at the Gáo Giồng eco-tourism site; the district's "
            "OCOP showroom in Mỹ Thọ town."
        ),
        "price_min": 70000,
        "price_max": 90000,
        "price_unit_vi": "hũ 500 g",
        "price_unit_en": "500 g jar",
        "gtin": None,
    },
    {
        "slug": "mat-ong-gao-giong",
        "name_vi": "Mật ong Gáo Giồng",
        "name_en": "Gáo Giồng melaleuca honey",
        "group": "food",
        "producer": "tht-nuoi-ong-gao-giong",
        "commune": "Gáo Giồng",
        "status": "published",
        "plan_mention": "mật Ong Gáo Giồng",
        "summary_vi": (
            "Mật ong hoa tràm từ rừng Gáo Giồng, màu hổ phách, thơm đặc trưng, vị ngọt "
            "sâu."
        ),
        "summary_en": (
            "Melaleuca-blossom honey from the Gáo Giồng forest: amber, distinctly "
            "fragrant, with a deep sweetness."
        ),
        "description_vi": (
            "Ong được nuôi ven rừng tràm và lấy mật chủ yếu từ hoa tràm vào mùa khô. "
            "Mật được quay khi đủ chín, lọc qua nhiều lớp và đóng chai thủy tinh 500 "
            "ml. Mật có thể kết tinh khi trời lạnh; đó là hiện tượng tự nhiên."
        ),
        "description_en": (
            "The bees live along the melaleuca forest and forage mostly on *tràm* "
            "blossom in the dry season. Honey is extracted only when ripe, filtered "
            "through several layers and bottled in 500 ml glass bottles. It may "
            "crystallise in cool weather, which is natural."
        ),
        "story_vi": (
            "Rừng tràm Gáo Giồng là một phần ký ức của vùng Đồng Tháp Mười. Mùa khô, "
            "hoa tràm nở trắng tán rừng, hương thơm lan theo gió, đàn ong bận rộn từ "
            "sáng sớm. Người nuôi ong đặt thùng ven rừng, kiên nhẫn chờ đến khi mật đủ "
            "chín mới quay.\n\n"
            "Mật ong hoa tràm có vị ngọt sâu, hơi the, mang đúng hương của rừng."
        ),
        "story_en": (
            "The Gáo Giồng melaleuca forest is part of the memory of the Plain of "
            "Reeds. In the dry season, *tràm* blossom whitens the canopy, its scent "
            "drifts on the wind, and the bees are busy from first light. Beekeepers "
            "set their hives at the forest edge and wait patiently until the honey is "
            "ripe.\n\n"
            "Melaleuca honey has a deep sweetness with a faint cooling note: the "
            "forest in a bottle."
        ),
        "standards": [],
        "season": [2, 3, 4, 5],
        "where_to_buy_vi": (
            "Quầy đặc sản tại khu du lịch sinh thái Gáo Giồng; đặt hàng qua điện thoại."
        ),
        "where_to_buy_en": (
            "The speciality stall at the Gáo Giồng eco-tourism site; orders by phone."
        ),
        "price_min": 150000,
        "price_max": 200000,
        "price_unit_vi": "chai 500 ml",
        "price_unit_en": "500 ml bottle",
        "gtin": "2087300000044",
    },
    {
        "slug": "mut-gao-giong",
        "name_vi": "Mứt Gáo Giồng",
        "name_en": "Gáo Giồng candied fruit (mứt)",
        "group": "food",
        "producer": "co-so-mut-gao-giong",
        "commune": "Gáo Giồng",
        "status": "published",
        "plan_mention": "mứt Gáo Giồng",
        "summary_vi": (
            "Mứt hạt sen, mứt khoai lang và mứt trái cây làm thủ công, ngọt vừa, hợp "
            "làm quà Tết."
        ),
        "summary_en": (
            "Handmade candied lotus seeds, sweet potato and fruit, not too sweet, a "
            "classic Tết gift."
        ),
        "description_vi": (
            "Nguyên liệu lấy từ vườn nhà và đầm sen trong vùng, sên với đường trên lửa "
            "nhỏ đến khi khô ráo. Mứt được đóng hộp 300 g gồm nhiều loại, có ghi ngày "
            "sản xuất. Ngon nhất khi dùng với trà nóng."
        ),
        "description_en": (
            "Ingredients come from local gardens and lotus ponds and are simmered "
            "slowly with sugar until dry. Packed in 300 g assorted boxes with the "
            "production date. Best with a cup of hot tea."
        ),
        "story_vi": (
            "Những ngày giáp Tết, gian bếp nhỏ ở Gáo Giồng thơm mùi đường sên và hạt "
            "sen. Cả nhà cùng gọt khoai, tách sen, canh lửa đến khuya. Mứt lúc đầu chỉ "
            "làm để đãi khách trong nhà, sau được bà con và du khách đặt mua ngày một "
            "nhiều.\n\n"
            "Lửa nhỏ và kiên nhẫn: đó là bí quyết duy nhất gia đình truyền lại."
        ),
        "story_en": (
            "In the days before Tết, a small kitchen in Gáo Giồng smells of bubbling "
            "sugar and lotus seeds. The whole family peels sweet potatoes, splits "
            "lotus seeds and watches the fire late into the night. The sweets were "
            "first made for guests at home; now neighbours and visitors order more "
            "every year.\n\n"
            "A low flame and patience: the only secret the family hands down."
        ),
        "standards": [],
        "season": [11, 12, 1],
        "where_to_buy_vi": "Mua tại cơ sở ở Gáo Giồng; đặt trước dịp Tết.",
        "where_to_buy_en": "At the kitchen in Gáo Giồng; order ahead for Tết.",
        "price_min": 50000,
        "price_max": 70000,
        "price_unit_vi": "hộp 300 g",
        "price_unit_en": "300 g box",
        "gtin": None,
    },
    {
        "slug": "rau-thuy-canh-xuan-minh",
        "name_vi": "Rau thủy canh Xuân Minh",
        "name_en": "Xuân Minh hydroponic greens",
        "group": "food",
        "producer": "xuan-minh-tech",
        "commune": "Tân Hội Trung",
        "status": "published",
        "plan_mention": (
            "rau thủy canh của Công ty TNHH Thương mại dịch vụ công nghệ Xuân Minh"
        ),
        "summary_vi": (
            "Rau ăn lá trồng thủy canh trong nhà màng, sạch đất, tươi giòn, thu hoạch "
            "trong ngày."
        ),
        "summary_en": (
            "Leafy greens grown hydroponically in net houses: soil-free, fresh and "
            "crisp, picked the same day."
        ),
        "description_vi": (
            "Xà lách, cải ngọt, cải bẹ xanh và rau thơm được trồng trong hệ thống thủy "
            "canh hồi lưu, dinh dưỡng được kiểm tra hằng ngày. Rau được thu cả gốc và "
            "đóng túi 300 g để tươi lâu hơn. Công ty nhận giao định kỳ cho bếp ăn và "
            "cửa hàng."
        ),
        "description_en": (
            "Lettuce, choy sum, mustard greens and herbs grow in a recirculating "
            "hydroponic system, with the nutrients checked daily. The greens are "
            "harvested with their roots on and packed in 300 g bags to stay fresh "
            "longer. The company delivers on a schedule to kitchens and shops."
        ),
        "story_vi": (
            "Vào mùa mưa và mùa nước nổi, rau trồng ngoài đồng dễ dập úng, giá rau "
            "xanh thường tăng. Công ty Xuân Minh chọn trồng thủy canh trong nhà màng "
            "để có rau sạch đều đặn quanh năm. Cách trồng này tiết kiệm nước, không "
            "cần đất và hạn chế sâu bệnh.\n\n"
            "Mỗi bó rau là một bước nhỏ đưa nông nghiệp công nghệ cao về với nông thôn "
            "Cao Lãnh."
        ),
        "story_en": (
            "In the rainy and flood seasons, field-grown greens bruise and rot easily "
            "and prices climb. Xuân Minh chose hydroponics in net houses to supply "
            "clean greens steadily all year. The method saves water, needs no soil and "
            "keeps pests down.\n\n"
            "Every bunch is a small step in bringing high-tech farming to the Cao Lãnh "
            "countryside."
        ),
        "standards": ["VietGAP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Cửa hàng thực phẩm sạch ở Cao Lãnh; giao định kỳ theo hợp đồng."
        ),
        "where_to_buy_en": (
            "Clean-food shops in Cao Lãnh; scheduled deliveries under contract."
        ),
        "price_min": 15000,
        "price_max": 25000,
        "price_unit_vi": "túi 300 g",
        "price_unit_en": "300 g bag",
        "gtin": None,
    },
    {
        "slug": "tham-luc-binh-my-hiep",
        "name_vi": "Thảm lục bình Mỹ Hiệp",
        "name_en": "Mỹ Hiệp water-hyacinth rugs",
        "group": "souvenirs",
        "producer": "lang-nghe-my-hiep",
        "commune": "Mỹ Hiệp",
        "status": "published",
        "plan_mention": "Làng nghề đan thảm lục bình Mỹ Hiệp",
        "summary_vi": (
            "Thảm, giỏ và đồ trang trí đan tay từ lục bình phơi khô: bền, mộc mạc và "
            "thân thiện với môi trường."
        ),
        "summary_en": (
            "Rugs, baskets and décor hand-woven from sun-dried water hyacinth: sturdy, "
            "rustic and kind to the environment."
        ),
        "description_vi": (
            "Thân lục bình dài được chọn, phơi đủ nắng rồi bện thành sợi và đan tay "
            "thành thảm tròn, thảm chữ nhật, giỏ đựng đồ. Mỗi sản phẩm mất từ một đến "
            "vài ngày công tùy kích thước. Nên để nơi khô ráo, tránh ngâm nước lâu."
        ),
        "description_en": (
            "Long stems are chosen, sun-dried, twisted into cord and hand-woven into "
            "round and rectangular rugs and storage baskets. Each piece takes from one "
            "to several days of work depending on its size. Keep dry and avoid soaking."
        ),
        "story_vi": (
            "Mỗi mùa nước, lục bình trôi dày trên sông Tiền và các kênh rạch, có khi "
            "làm nghẽn cả đường ghe xuồng. Người Mỹ Hiệp vớt lục bình về phơi, đan "
            "thành những tấm thảm mộc mạc. Nghề đan không cần nhiều vốn, tận dụng lúc "
            "nông nhàn và giúp nhiều chị em có thu nhập tại nhà.\n\n"
            "Kế hoạch OCOP của huyện vận động làng nghề tham gia đánh giá, phân hạng "
            "để sản phẩm đi xa hơn."
        ),
        "story_en": (
            "Every flood season, water hyacinth drifts thick down the Tiền river and "
            "the canals, sometimes blocking the boats. The people of Mỹ Hiệp haul it "
            "out, dry it and weave it into simple, handsome rugs. Weaving needs little "
            "capital, fills the slack months between crops and gives many women an "
            "income at home.\n\n"
            "The district's OCOP plan encourages the craft village to enter evaluation "
            "so its work can reach further."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Tại các hộ đan ở Mỹ Hiệp; điểm giới thiệu và bán sản phẩm OCOP của huyện "
            "tại thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "From the weaving households in Mỹ Hiệp; the district's OCOP showroom in "
            "Mỹ Thọ town."
        ),
        "price_min": 150000,
        "price_max": 450000,
        "price_unit_vi": "tấm",
        "price_unit_en": "rug",
        "gtin": None,
    },
    {
        "slug": "thu-cong-my-nghe-artex",
        "name_vi": "Hàng thủ công mỹ nghệ ARTEX",
        "name_en": "ARTEX handicrafts",
        "group": "souvenirs",
        "producer": "artex",
        "commune": "Thị trấn Mỹ Thọ",
        "status": "published",
        "plan_mention": "hàng thủ công mỹ nghệ của Công ty ARTEX",
        "summary_vi": (
            "Giỏ, hộp, thảm và đồ trang trí nội thất từ lục bình, tre, cói, hoàn thiện "
            "kỹ theo tiêu chuẩn xuất khẩu."
        ),
        "summary_en": (
            "Baskets, boxes, rugs and home décor made from water hyacinth, bamboo and "
            "sedge, finished to export standards."
        ),
        "description_vi": (
            "Sản phẩm do các hộ đan trong huyện làm theo mẫu của công ty, sau đó được "
            "xử lý chống mốc, hoàn thiện và kiểm tra từng chiếc. Mẫu mã đa dạng, từ "
            "giỏ đựng đồ, hộp quà đến chụp đèn và thảm. Công ty nhận đặt hàng theo "
            "kích thước và màu sắc riêng."
        ),
        "description_en": (
            "Pieces are woven by households in the district to the company's designs, "
            "then treated against mould, finished and inspected one by one. The range "
            "runs from storage baskets and gift boxes to lampshades and rugs. Custom "
            "sizes and colours are made to order."
        ),
        "story_vi": (
            "Đồng Tháp có nguồn nguyên liệu tự nhiên dồi dào: lục bình trên sông, tre "
            "quanh nhà, cói ngoài đồng. Công ty ARTEX kết nối những bàn tay khéo léo ở "
            "nông thôn với khách hàng ở thành phố và nước ngoài. Mỗi đơn hàng mang lại "
            "việc làm cho nhiều hộ đan trong huyện.\n\n"
            "Kế hoạch của huyện đặt mục tiêu nâng hạng hàng thủ công mỹ nghệ của công "
            "ty lên 4 đến 5 sao."
        ),
        "story_en": (
            "Đồng Tháp is rich in natural materials: water hyacinth on the rivers, "
            "bamboo around the houses, sedge in the fields. ARTEX connects skilled "
            "rural hands with buyers in the cities and abroad. Every order brings work "
            "to weaving households across the district.\n\n"
            "The district plan aims to raise the company's handicrafts to 4 or 5 stars."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Phòng trưng bày của công ty tại thị trấn Mỹ Thọ; hội chợ thương mại trong "
            "và ngoài tỉnh."
        ),
        "where_to_buy_en": (
            "The company's showroom in Mỹ Thọ town; trade fairs in and beyond the "
            "province."
        ),
        "price_min": 80000,
        "price_max": 1200000,
        "price_unit_vi": "sản phẩm",
        "price_unit_en": "item",
        "gtin": None,
    },
    {
        "slug": "cam-xoan-phong-my",
        "name_vi": "Cam xoàn Phong Mỹ",
        "name_en": "Phong Mỹ cam xoàn orange",
        "group": "food",
        "producer": "tht-cam-xoan-phong-my",
        "commune": "Phong Mỹ",
        "status": "published",
        "plan_mention": "Cam xoàn Phong Mỹ",
        "summary_vi": (
            "Cam xoàn vỏ mỏng, múi vàng, ngọt đậm, ít chua, chín rộ vào cuối năm."
        ),
        "summary_en": (
            "Thin-skinned cam xoàn oranges with golden segments, rich sweetness and "
            "little acidity, at their best at the end of the year."
        ),
        "description_vi": (
            "Cam xoàn là giống cam ngọt quen thuộc của miền Tây, trái tròn, vỏ xanh "
            "ngả vàng khi chín. Các vườn trong tổ hợp tác ghi nhật ký canh tác và tuân "
            "thủ thời gian cách ly thuốc. Cam được bán theo ký hoặc hộp quà 5 kg dịp "
            "Tết."
        ),
        "description_en": (
            "Cam xoàn is a familiar sweet orange of the Mekong Delta: round, its green "
            "skin turning yellow as it ripens. Orchards in the group keep farming "
            "diaries and respect spray withholding periods. Sold by the kilo, or in 5 "
            "kg gift boxes for Tết."
        ),
        "story_vi": (
            "Ở Phong Mỹ, đất vườn được bồi thêm phù sa sau mỗi mùa lũ. Cam xoàn ngọt "
            "nhất vào mùa khô, khi nước rút và nắng lên. Trước kia mỗi nhà bán lẻ cho "
            "thương lái, nay tổ hợp tác gom hàng, chọn trái đẹp làm hộp quà.\n\n"
            "Huyện vận động tổ hợp tác tham gia đánh giá OCOP trong giai đoạn 2023 – "
            "2024."
        ),
        "story_en": (
            "In Phong Mỹ, every flood season leaves fresh silt on the orchards. Cam "
            "xoàn is sweetest in the dry season, when the water recedes and the sun "
            "comes out. Each household used to sell to traders on its own; now the "
            "group pools the harvest and picks the best fruit for gift boxes.\n\n"
            "The district encouraged the group to enter OCOP evaluation in 2023–2024."
        ),
        "standards": ["VietGAP"],
        "season": [10, 11, 12, 1],
        "where_to_buy_vi": (
            "Tại vườn ở Phong Mỹ; điểm giới thiệu và bán sản phẩm OCOP của huyện tại "
            "thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "At the orchards in Phong Mỹ; the district's OCOP showroom in Mỹ Thọ town."
        ),
        "price_min": 35000,
        "price_max": 50000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "tra-mang-cau-truong-tai",
        "name_vi": "Trà mãng cầu Trường Tài",
        "name_en": "Trường Tài custard-apple tea",
        "group": "food",
        "producer": "truong-tai",
        "commune": "Thị trấn Mỹ Thọ",
        "status": "published",
        "plan_mention": "Trà măng cầu Trường Tài",
        "summary_vi": (
            "Trà túi lọc từ lá và trái mãng cầu sao sấy, hương thơm dịu, vị thanh."
        ),
        "summary_en": (
            "Tea bags of roasted custard-apple leaves and fruit, with a gentle aroma "
            "and a clean taste."
        ),
        "description_vi": (
            "Lá và trái mãng cầu được rửa sạch, thái lát, sao rồi sấy ở nhiệt độ thấp, "
            "sau đó đóng túi lọc 2 g. Mỗi hộp 20 túi; hãm với nước sôi từ 3 đến 5 "
            "phút. Uống nóng hoặc thêm đá đều ngon."
        ),
        "description_en": (
            "Custard-apple leaves and fruit are washed, sliced, roasted and dried at "
            "low temperature, then packed into 2 g tea bags. Each box holds 20 bags; "
            "steep in boiling water for 3 to 5 minutes. Drink hot or over ice."
        ),
        "story_vi": (
            "Cây mãng cầu dễ trồng, mọc quanh vườn nhà ở nhiều nơi trong huyện. Cơ sở "
            "Trường Tài tìm cách dùng cả lá và trái để làm một loại trà thảo mộc mang "
            "hương vị quê nhà. Qua nhiều lần thử, công thức sao sấy được hoàn thiện để "
            "giữ mùi thơm dịu của mãng cầu.\n\n"
            "Kế hoạch OCOP của huyện nêu tên trà mãng cầu Trường Tài trong nhóm thực "
            "phẩm."
        ),
        "story_en": (
            "Custard apple trees grow easily and turn up in home gardens all over the "
            "district. Trường Tài set out to use both leaves and fruit in a herbal tea "
            "that tastes of home. After many trials, the roasting and drying recipe "
            "was settled to keep the fruit's soft fragrance.\n\n"
            "The district's OCOP plan names Trường Tài's tea in its food group."
        ),
        "standards": ["HACCP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị trấn Mỹ Thọ; cửa "
            "hàng tạp hóa trong huyện."
        ),
        "where_to_buy_en": (
            "The district's OCOP showroom in Mỹ Thọ town; grocery shops around the "
            "district."
        ),
        "price_min": 45000,
        "price_max": 60000,
        "price_unit_vi": "hộp 20 túi lọc",
        "price_unit_en": "box of 20 tea bags",
        "gtin": None,
    },
    {
        "slug": "kho-ca-dieu-hong-hai-yen",
        "name_vi": "Khô cá diêu hồng Hải Yến",
        "name_en": "Hải Yến dried red tilapia",
        "group": "food",
        "producer": "hai-yen",
        "commune": "Mỹ Thọ",
        "status": "published",
        "plan_mention": "khô cá Diêu hồng Hải Yến",
        "summary_vi": (
            "Khô cá diêu hồng một nắng, dày thịt, ít mặn, chiên hay nướng đều ngon."
        ),
        "summary_en": (
            "Red tilapia dried for a single day in the sun: thick, meaty and lightly "
            "salted, good fried or grilled."
        ),
        "description_vi": (
            "Cá diêu hồng nuôi trong vùng được xẻ, ướp gia vị vừa phải rồi phơi một "
            "nắng trên giàn có lưới che. Khô được hút chân không, đóng túi 500 g và "
            "bảo quản ngăn mát. Chiên vàng ăn với cơm trắng hoặc trộn gỏi xoài đều hợp."
        ),
        "description_en": (
            "Locally farmed red tilapia is split, lightly seasoned and dried for a "
            "single day on screened racks. The fish is vacuum-packed in 500 g bags; "
            "keep refrigerated. Fry it golden to eat with rice, or toss it into a "
            "green mango salad."
        ),
        "story_vi": (
            "Cá diêu hồng được nuôi nhiều trong ao và lồng bè dọc sông Tiền. Để cá "
            "nuôi có thêm đầu ra, cơ sở Hải Yến làm khô một nắng theo khẩu vị miền "
            "Tây: ít mặn, giữ được vị ngọt của thịt cá. Cá được phơi trên giàn cao có "
            "lưới che, sạch hơn cách phơi truyền thống.\n\n"
            "Kế hoạch của huyện vận động cơ sở tham gia đánh giá OCOP ngay từ giai "
            "đoạn 2021 – 2022."
        ),
        "story_en": (
            "Red tilapia is widely raised in ponds and cages along the Tiền river. To "
            "give farmed fish another market, Hải Yến makes once-dried fish the Mekong "
            "way: lightly salted, so the sweetness of the flesh comes through. The "
            "fish dries on raised, screened racks, cleaner than the traditional "
            "way.\n\n"
            "The district plan encouraged Hải Yến to enter OCOP evaluation from the "
            "2021–2022 stage."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Mua tại cơ sở ở xã Mỹ Thọ; điểm giới thiệu và bán sản phẩm OCOP của huyện "
            "tại thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "At the workshop in Mỹ Thọ commune; the district's OCOP showroom in Mỹ Thọ "
            "town."
        ),
        "price_min": 100000,
        "price_max": 130000,
        "price_unit_vi": "túi 500 g",
        "price_unit_en": "500 g bag",
        "gtin": None,
    },
    {
        "slug": "chanh-khong-hat-my-long",
        "name_vi": "Chanh không hạt Mỹ Long",
        "name_en": "Mỹ Long seedless lime",
        "group": "food",
        "producer": "tht-chanh-my-long",
        "commune": "Mỹ Long",
        "status": "published",
        "plan_mention": "chanh không hạt Mỹ Long",
        "summary_vi": (
            "Chanh không hạt vỏ mỏng, mọng nước, thơm, trồng theo quy trình VietGAP."
        ),
        "summary_en": "Thin-skinned, juicy, fragrant seedless limes grown to VietGAP.",
        "description_vi": (
            "Chanh được hái khi vỏ còn xanh bóng, phân loại theo cỡ và đóng thùng tại "
            "điểm đóng gói. Trái nhiều nước, không hạt, tiện pha nước giải khát và nêm "
            "nếm món ăn. Vườn có mã số vùng trồng phục vụ truy xuất nguồn gốc."
        ),
        "description_en": (
            "Limes are picked while the skin is glossy green, graded by size and boxed "
            "at the packing point. They are juicy and seedless, handy for drinks and "
            "cooking. The orchards hold a registered growing-area code for "
            "traceability."
        ),
        "story_vi": (
            "Ở Mỹ Long, nhiều hộ đã chuyển ruộng lúa sang trồng chanh không hạt. Cây "
            "cho trái quanh năm, giúp nông dân có thu nhập đều đặn. Các hộ liên kết "
            "với nhau để giữ chất lượng đồng đều và thương lượng được giá tốt hơn.\n\n"
            "Chanh không hạt Mỹ Long có tên trong kế hoạch OCOP của huyện từ năm 2021."
        ),
        "story_en": (
            "In Mỹ Long, many families have turned rice paddies into seedless-lime "
            "orchards. The trees fruit all year round, giving farmers a steady income. "
            "Growers work together to keep quality even and to negotiate better "
            "prices.\n\n"
            "Mỹ Long seedless lime has been named in the district's OCOP plan since "
            "2021."
        ),
        "standards": ["VietGAP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": "Tại điểm đóng gói ở Mỹ Long; chợ đầu mối trong tỉnh.",
        "where_to_buy_en": (
            "At the packing point in Mỹ Long; wholesale markets in the province."
        ),
        "price_min": 12000,
        "price_max": 25000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "xoai-huu-co-my-hoi",
        "name_vi": "Xoài hữu cơ Mỹ Hội",
        "name_en": "Mỹ Hội organic mango",
        "group": "food",
        "producer": "tht-xoai-huu-co-my-hoi",
        "commune": "Mỹ Hội",
        "status": "published",
        "plan_mention": "Xoài hữu cơ Mỹ Hội",
        "summary_vi": (
            "Xoài trồng theo hướng hữu cơ, không dùng phân thuốc hóa học, vị ngọt tự "
            "nhiên."
        ),
        "summary_en": (
            "Mangoes grown organically, without synthetic fertilisers or pesticides, "
            "naturally sweet."
        ),
        "description_vi": (
            "Vườn dùng phân chuồng hoai, chế phẩm sinh học và bẫy côn trùng thay cho "
            "thuốc hóa học. Trái được bao từ sớm, hái khi đủ già và đóng thùng tại nhà "
            "đóng gói có mã số. Có cả xoài cát Chu và xoài cát Hòa Lộc."
        ),
        "description_en": (
            "The orchards use well-rotted manure, biological products and insect traps "
            "instead of chemicals. Fruit is bagged early, picked at full maturity and "
            "boxed at a registered packing house. Both Cát Chu and Cát Hòa Lộc are "
            "available."
        ),
        "story_vi": (
            "Vài năm trước, một nhóm nhà vườn ở Mỹ Hội quyết định thử làm xoài hữu cơ "
            "trên một phần diện tích của mình. Những năm đầu năng suất giảm, sâu bệnh "
            "khó trị hơn, nhiều người đã muốn bỏ cuộc. Nhờ học hỏi lẫn nhau và kiên "
            "trì, đất vườn tốt dần lên, trái xoài mỗi năm một đẹp hơn.\n\n"
            "Giờ đây xoài hữu cơ Mỹ Hội có khách hàng riêng, sẵn lòng trả giá cao hơn "
            "để đổi lấy sự an tâm."
        ),
        "story_en": (
            "A few years ago, a group of Mỹ Hội growers decided to try organic mango "
            "on part of their land. Yields dropped at first and pests were harder to "
            "manage; several nearly gave up. By learning from each other and sticking "
            "with it, the soil improved and the fruit got better every year.\n\n"
            "Today Mỹ Hội organic mangoes have their own customers, happy to pay more "
            "for peace of mind."
        ),
        "standards": ["Organic"],
        "season": [3, 4, 5, 6],
        "where_to_buy_vi": (
            "Đặt hàng trực tiếp với tổ hợp tác; cửa hàng thực phẩm hữu cơ tại TP. Hồ "
            "Chí Minh."
        ),
        "where_to_buy_en": (
            "Order directly from the group; organic food shops in Ho Chi Minh City."
        ),
        "price_min": 60000,
        "price_max": 90000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "gao-sach-binh-hang-trung",
        "name_vi": "Gạo sạch Bình Hàng Trung",
        "name_en": "Bình Hàng Trung clean rice",
        "group": "food",
        "producer": "htx-binh-hang-trung",
        "commune": "Bình Hàng Trung",
        "status": "published",
        "plan_mention": "Gạo sạch Hợp tác xã Dịch vụ nông nghiệp Bình Hàng Trung",
        "summary_vi": (
            "Gạo trắng hạt dài, cơm mềm, thơm nhẹ, từ cánh đồng lớn của Hợp tác xã "
            "Dịch vụ nông nghiệp Bình Hàng Trung."
        ),
        "summary_en": (
            "Long-grain white rice, soft and lightly fragrant, from the large shared "
            "field of the Bình Hàng Trung agricultural services cooperative."
        ),
        "description_vi": (
            "Lúa được gieo sạ cùng giống, cùng lịch thời vụ và canh tác theo quy trình "
            "giảm phân bón, giảm thuốc. Sau thu hoạch, lúa được sấy ngay, xay xát và "
            "đóng túi 5 kg có ghi rõ vụ mùa. Cơm mềm, để nguội vẫn không khô cứng."
        ),
        "description_en": (
            "The paddy is sown with one variety on one calendar, using less fertiliser "
            "and fewer sprays. It is dried right after harvest, milled and packed in 5 "
            "kg bags labelled with the crop season. The rice cooks soft and stays "
            "tender when cool."
        ),
        "story_vi": (
            "Ở Bình Hàng Trung, những cánh đồng lúa trải dài bên các con kênh. Hợp tác "
            "xã đứng ra tổ chức cho xã viên làm chung một cánh đồng lớn, từ khâu chọn "
            "giống đến thu hoạch. Nhờ vậy chi phí giảm, hạt lúa đồng đều và đủ chất "
            "lượng để làm thương hiệu gạo riêng.\n\n"
            "Từ hạt lúa ngoài đồng đến túi gạo trong bếp, mỗi bước đều được ghi lại để "
            "người mua có thể truy xuất."
        ),
        "story_en": (
            "In Bình Hàng Trung, rice fields stretch out along the canals. The "
            "cooperative organises its members to farm one large shared field "
            "together, from choosing seed to harvest. Costs fall, the grain comes out "
            "even, and the rice is good enough to carry its own brand.\n\n"
            "From the paddy in the field to the bag in the kitchen, every step is "
            "recorded so buyers can trace it."
        ),
        "standards": ["VietGAP"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Tại hợp tác xã; điểm giới thiệu và bán sản phẩm OCOP của huyện tại thị "
            "trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "At the cooperative; the district's OCOP showroom in Mỹ Thọ town."
        ),
        "price_min": 110000,
        "price_max": 140000,
        "price_unit_vi": "túi 5 kg",
        "price_unit_en": "5 kg bag",
        "gtin": "2087300000037",
    },
    {
        "slug": "gao-akita-x",
        "name_vi": "Gạo AKITA X",
        "name_en": "AKITA X rice",
        "group": "food",
        "producer": "co-so-gao-binh-hang-tay",
        "commune": "Bình Hàng Tây",
        "status": "published",
        "plan_mention": "Gạo AKITA X",
        "summary_vi": (
            "Gạo đóng túi hút chân không mang nhãn AKITA X, cơm dẻo, thơm, xay xát tại "
            "Cao Lãnh."
        ),
        "summary_en": (
            "Vacuum-packed rice under the AKITA X label, soft and fragrant, milled in "
            "Cao Lãnh."
        ),
        "description_vi": (
            "Lúa được thu mua từ những ruộng cùng giống, sấy đúng ẩm độ rồi xay xát và "
            "lau bóng nhẹ. Gạo được đóng túi hút chân không 2 kg và 5 kg để giữ mùi "
            "thơm lâu hơn. Nên vo nhẹ tay và nấu với ít nước hơn gạo thường."
        ),
        "description_en": (
            "Paddy is bought from fields of a single variety, dried to the right "
            "moisture, milled and lightly polished. The rice is vacuum-packed in 2 kg "
            "and 5 kg bags to keep its fragrance longer. Rinse gently and cook with a "
            "little less water than ordinary rice."
        ),
        "story_vi": (
            "Gạo AKITA X là một trong những thương hiệu gạo được kế hoạch OCOP của "
            "huyện nêu trong nhóm thực phẩm. Cơ sở chọn hướng đi nhỏ mà chắc: làm gạo "
            "đóng túi có chất lượng ổn định cho gia đình và bếp ăn. Mỗi lô gạo đều ghi "
            "ngày xay xát và nguồn ruộng.\n\n"
            "Hạt gạo đi từ đồng ruộng Cao Lãnh đến mâm cơm thành phố."
        ),
        "story_en": (
            "AKITA X is one of the rice brands the district's OCOP plan lists in its "
            "food group. The mill chose a small but steady path: packed rice of "
            "consistent quality for families and kitchens. Every lot is labelled with "
            "its milling date and source fields.\n\n"
            "Rice from the fields of Cao Lãnh, all the way to city tables."
        ),
        "standards": ["ISO 22000"],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Đại lý gạo và siêu thị ở Cao Lãnh; đặt hàng qua điện thoại."
        ),
        "where_to_buy_en": (
            "Rice dealers and supermarkets in Cao Lãnh; orders by phone."
        ),
        "price_min": 130000,
        "price_max": 160000,
        "price_unit_vi": "túi 5 kg",
        "price_unit_en": "5 kg bag",
        "gtin": None,
    },
    {
        "slug": "trung-vit-nhi-my",
        "name_vi": "Trứng vịt Nhị Mỹ",
        "name_en": "Nhị Mỹ duck eggs",
        "group": "food",
        "producer": "tht-vit-nhi-my",
        "commune": "Nhị Mỹ",
        "status": "published",
        "plan_mention": "trứng vịt Nhị Mỹ",
        "summary_vi": (
            "Trứng vịt tươi nhặt mỗi sáng, lòng đỏ to, vàng đậm, từ đàn vịt thả đồng."
        ),
        "summary_en": (
            "Fresh duck eggs collected every morning, with large deep-yellow yolks, "
            "from flocks that forage in the fields."
        ),
        "description_vi": (
            "Trứng được làm sạch, soi kiểm tra và phân loại theo cỡ, đóng hộp 10 quả "
            "có in ngày đẻ. Vịt được tiêm phòng đầy đủ và nuôi theo hướng an toàn sinh "
            "học. Dùng để luộc, làm bánh hay muối trứng đều ngon."
        ),
        "description_en": (
            "Eggs are cleaned, candled and graded by size, then packed ten to a box "
            "with the laying date printed. The ducks are fully vaccinated and kept "
            "under biosecurity rules. Good boiled, in baking or salted."
        ),
        "story_vi": (
            "Nuôi vịt chạy đồng là nghề quen của người miền Tây: sau mỗi mùa gặt, đàn "
            "vịt được thả xuống ruộng nhặt lúa rơi, ốc, tép. Ở Nhị Mỹ, các hộ nuôi vịt "
            "liên kết lại để nuôi an toàn hơn và bán trứng có nhãn mác. Trứng vịt chạy "
            "đồng có lòng đỏ vàng đậm, béo và thơm.\n\n"
            "Kế hoạch của huyện vận động trứng vịt Nhị Mỹ tham gia đánh giá OCOP trong "
            "giai đoạn 2023 – 2024."
        ),
        "story_en": (
            "Herding ducks across the fields is an old Mekong trade: after each "
            "harvest the flocks are let into the paddies to eat fallen grain, snails "
            "and tiny shrimp. In Nhị Mỹ, duck farmers have joined forces to raise "
            "their flocks more safely and sell labelled eggs. Eggs from field-foraging "
            "ducks have rich, deep-yellow yolks.\n\n"
            "The district plan encouraged Nhị Mỹ duck eggs to enter OCOP evaluation in "
            "2023–2024."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": (
            "Chợ và cửa hàng tạp hóa ở Cao Lãnh; điểm giới thiệu và bán sản phẩm OCOP "
            "của huyện tại thị trấn Mỹ Thọ."
        ),
        "where_to_buy_en": (
            "Markets and grocery shops in Cao Lãnh; the district's OCOP showroom in Mỹ "
            "Thọ town."
        ),
        "price_min": 30000,
        "price_max": 40000,
        "price_unit_vi": "hộp 10 quả",
        "price_unit_en": "box of 10 eggs",
        "gtin": None,
    },
    {
        "slug": "xoai-chu-chin",
        "name_vi": "Xoài Chú Chín",
        "name_en": "Chú Chín mango",
        "group": "food",
        "producer": "xoai-chu-chin-household",
        "commune": "Mỹ Xương",
        "status": "published",
        "plan_mention": "xoài Chú Chín",
        "summary_vi": (
            "Xoài cát Chu từ vườn gia đình Chú Chín, hái đủ già, chín ngọt tự nhiên."
        ),
        "summary_en": (
            "Cát Chu mangoes from Chú Chín's family orchard, picked fully mature to "
            "ripen naturally sweet."
        ),
        "description_vi": (
            "Vườn nhỏ, được chăm kỹ từng cây: tỉa cành sau mỗi vụ, bao trái và ghi "
            "nhật ký vườn. Xoài được bán tại vườn và giao theo đơn đặt trước, thùng 5 "
            "kg. Vào mùa, khách có thể ghé vườn mua tận gốc."
        ),
        "description_en": (
            "A small orchard where every tree gets attention: pruned after each crop, "
            "fruit bagged, diary kept. Mangoes are sold at the orchard and delivered "
            "to pre-orders in 5 kg boxes. In season, visitors can stop by and buy "
            "straight from the tree."
        ),
        "story_vi": (
            "Xoài Chú Chín là xoài của một vườn gia đình ở Mỹ Xương, gọi theo tên "
            "người chủ vườn. Chú chỉ hái khi trái đã đủ già và không dùng hóa chất ép "
            "chín, nên xoài chín từ từ và ngọt đậm. Khách mua một lần thường quay lại "
            "vào mùa sau.\n\n"
            "Kế hoạch của huyện vận động xoài Chú Chín tham gia đánh giá, phân hạng "
            "OCOP."
        ),
        "story_en": (
            "Chú Chín mangoes come from a family orchard in Mỹ Xương, named after the "
            "grower. He picks only fully mature fruit and never uses chemicals to "
            "force ripening, so the mangoes ripen slowly and very sweet. Customers who "
            "buy once tend to come back the next season.\n\n"
            "The district plan encouraged Chú Chín mangoes to enter OCOP evaluation."
        ),
        "standards": [],
        "season": [3, 4, 5, 6],
        "where_to_buy_vi": "Tại vườn ở Mỹ Xương; đặt hàng qua điện thoại.",
        "where_to_buy_en": "At the orchard in Mỹ Xương; orders by phone.",
        "price_min": 40000,
        "price_max": 65000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "banh-kep-thien-an",
        "name_vi": "Bánh kẹp Thiên Ân",
        "name_en": "Thiên Ân crisp wafers (bánh kẹp)",
        "group": "food",
        "producer": "thien-an",
        "commune": "Mỹ Long",
        "status": "draft",
        "plan_mention": "bánh kẹp Thiên Ân (Mỹ Long)",
        "summary_vi": (
            "Bánh kẹp nướng than giòn rụm, thơm nước cốt dừa và mè, làm thủ công tại "
            "Mỹ Long."
        ),
        "summary_en": (
            "Charcoal-baked crisp wafers fragrant with coconut milk and sesame, "
            "handmade in Mỹ Long."
        ),
        "description_vi": (
            "Bột gạo, trứng, đường, nước cốt dừa và mè được pha theo tỷ lệ riêng, đổ "
            "khuôn và nướng trên bếp than. Bánh được cuốn hoặc gấp khi còn nóng, để "
            "nguội rồi đóng túi kín. Nên dùng trong vài ngày sau khi mở túi để bánh "
            "giữ độ giòn."
        ),
        "description_en": (
            "Rice flour, eggs, sugar, coconut milk and sesame are mixed to the house "
            "ratio, poured into irons and baked over charcoal. The wafers are rolled "
            "or folded while hot, cooled, then sealed in bags. Eat within a few days "
            "of opening so they stay crisp."
        ),
        "story_vi": (
            "Bánh kẹp là món quà vặt tuổi thơ của nhiều người miền Tây, thường được "
            "nướng vào những ngày giáp Tết. Cơ sở Thiên Ân ở Mỹ Long vẫn giữ cách "
            "nướng bằng khuôn gang trên bếp than. Mỗi sáng làm bánh, mùi nước cốt dừa "
            "lan khắp xóm.\n\n"
            "Kế hoạch của huyện vận động cơ sở tham gia đánh giá, phân hạng OCOP; hồ "
            "sơ đang được chuẩn bị."
        ),
        "story_en": (
            "*Bánh kẹp* is a childhood snack for many in the Mekong Delta, often baked "
            "in the days before Tết. Thiên Ân in Mỹ Long still bakes them in cast-iron "
            "moulds over charcoal. On baking mornings, the smell of coconut milk "
            "drifts through the neighbourhood.\n\n"
            "The district plan encourages the workshop to enter OCOP evaluation; its "
            "file is being prepared."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": "Mua tại cơ sở ở Mỹ Long; chợ Mỹ Thọ.",
        "where_to_buy_en": "At the workshop in Mỹ Long; Mỹ Thọ market.",
        "price_min": 35000,
        "price_max": 45000,
        "price_unit_vi": "túi 300 g",
        "price_unit_en": "300 g bag",
        "gtin": None,
    },
    {
        "slug": "chanh-binh-thanh",
        "name_vi": "Chanh Bình Thạnh",
        "name_en": "Bình Thạnh lime",
        "group": "food",
        "producer": "hoi-quan-chanh-binh-thanh",
        "commune": "Bình Thạnh",
        "status": "draft",
        "plan_mention": "chanh Bình Thạnh",
        "summary_vi": (
            "Chanh tươi vỏ mỏng, nhiều nước, từ các vườn chanh của nông dân Bình Thạnh."
        ),
        "summary_en": (
            "Fresh, thin-skinned, juicy limes from the orchards of Bình Thạnh farmers."
        ),
        "description_vi": (
            "Chanh được hái theo đơn hàng, lựa trái đều cỡ, loại bỏ trái dập trước khi "
            "đóng bao. Các thành viên hội quán thống nhất quy trình chăm sóc và thời "
            "điểm thu hoạch. Sản phẩm đang hoàn thiện hồ sơ để tham gia đánh giá OCOP."
        ),
        "description_en": (
            "Limes are picked to order, sorted for even size, and bruised fruit is "
            "removed before bagging. Club members follow one growing routine and agree "
            "on harvest dates. The product is completing its file for OCOP evaluation."
        ),
        "story_vi": (
            "Những vườn chanh ở Bình Thạnh xanh quanh năm bên bờ kênh. Nông dân lập "
            "hội quán để cùng học kỹ thuật, cùng bán hàng, không còn đơn lẻ trước "
            "thương lái. Kế hoạch của huyện vận động chanh Bình Thạnh tham gia đánh "
            "giá, phân hạng OCOP trong giai đoạn 2023 – 2024."
        ),
        "story_en": (
            "Bình Thạnh's lime orchards stay green all year along the canals. Farmers "
            "set up a hội quán to learn techniques and sell together instead of facing "
            "traders alone. The district plan encouraged Bình Thạnh limes to enter "
            "OCOP evaluation in 2023–2024."
        ),
        "standards": [],
        "season": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        "where_to_buy_vi": "Liên hệ hội quán ở Bình Thạnh.",
        "where_to_buy_en": "Contact the club in Bình Thạnh.",
        "price_min": 10000,
        "price_max": 20000,
        "price_unit_vi": "kg",
        "price_unit_en": "kg",
        "gtin": None,
    },
    {
        "slug": "du-lich-sinh-thai-gao-giong",
        "name_vi": "Du lịch sinh thái Gáo Giồng",
        "name_en": "Gáo Giồng eco-tourism",
        "group": "tourism",
        "producer": "gao-giong-ecotourism",
        "commune": "Gáo Giồng",
        "status": "published",
        "plan_mention": "Công ty Cổ phần Dịch vụ du lịch sinh thái Gáo Giồng",
        "summary_vi": (
            "Rừng tràm giữa Đồng Tháp Mười: đi xuồng xuyên rừng, ngắm chim, lên tháp "
            "quan sát và thưởng thức món quê."
        ),
        "summary_en": (
            "A melaleuca forest in the Plain of Reeds: paddle through the trees, watch "
            "birds, climb the lookout tower and taste country food."
        ),
        "description_vi": (
            "Khu du lịch có rừng tràm, vườn chim, đầm sen và những con rạch nhỏ cho "
            "xuồng ba lá len lỏi. Du khách có thể tham quan trong ngày hoặc nghỉ lại "
            "qua đêm. Mùa nước nổi, từ tháng Tám đến tháng Mười Một, là lúc cảnh rừng "
            "đẹp nhất."
        ),
        "description_en": (
            "The site has melaleuca forest, a bird sanctuary, lotus ponds and narrow "
            "creeks for small rowing boats. Visit for the day or stay overnight. The "
            "flood season, August to November, is when the forest is at its most "
            "beautiful."
        ),
        "story_vi": (
            "Gáo Giồng là một phần còn lại của Đồng Tháp Mười hoang sơ, nơi rừng tràm, "
            "lau sậy và chim trời sống theo con nước. Mùa nước nổi, cả khu rừng ngập "
            "nước, xuồng len được vào tận sâu dưới những tán tràm xanh. Chiều xuống, "
            "từng đàn cò bay về tổ, phủ trắng ngọn cây.\n\n"
            "Kế hoạch OCOP của huyện hỗ trợ doanh nghiệp quản lý khu du lịch tham gia "
            "đánh giá, từng bước kết hợp sản phẩm OCOP với du lịch: mắm, mật ong, mứt "
            "Gáo Giồng được bày bán ngay tại khu du lịch."
        ),
        "story_en": (
            "Gáo Giồng is what remains of the wild Plain of Reeds, where melaleuca "
            "forest, reeds and birds live with the rise and fall of the water. In the "
            "flood season the whole forest stands in water, and boats can slip deep "
            "inside under the green canopy. At dusk, flocks of egrets come home to "
            "roost and whiten the treetops.\n\n"
            "The district's OCOP plan supports the operating company in entering "
            "evaluation and in linking OCOP products with tourism: Gáo Giồng's mắm, "
            "honey and candied fruit are sold right at the site."
        ),
        "standards": [],
        "season": [8, 9, 10, 11],
        "where_to_buy_vi": "Mua vé tại cổng khu du lịch; đoàn đông nên đặt trước.",
        "where_to_buy_en": "Tickets at the entrance; groups should book ahead.",
        "price_min": 20000,
        "price_max": 60000,
        "price_unit_vi": "vé",
        "price_unit_en": "ticket",
        "gtin": None,
    },
    {
        "slug": "diem-du-lich-sinh-thai-minh-phat",
        "name_vi": "Điểm du lịch sinh thái Minh Phát",
        "name_en": "Minh Phát eco-tourism garden",
        "group": "tourism",
        "producer": "minh-phat",
        "commune": "Phương Thịnh",
        "status": "published",
        "plan_mention": "điểm du lịch sinh thái Minh Phát",
        "summary_vi": (
            "Khu vườn sinh thái có ao cá, vườn trái cây và món quê, hợp cho gia đình "
            "nghỉ cuối tuần."
        ),
        "summary_en": (
            "An eco-garden with fish ponds, fruit trees and country cooking, just "
            "right for a family weekend."
        ),
        "description_vi": (
            "Điểm du lịch có lối đi rợp bóng cây, chòi nghỉ bên ao, khu câu cá và vườn "
            "trái cây theo mùa. Khách có thể thử tát mương bắt cá, chèo xuồng và ăn "
            "cơm quê do gia đình chủ vườn nấu. Đoàn đông nên đặt trước."
        ),
        "description_en": (
            "Shady paths, huts beside the ponds, a fishing area and seasonal fruit "
            "trees. Guests can try draining a ditch to catch fish, paddle a boat and "
            "eat home-style food cooked by the owners. Groups should book ahead."
        ),
        "story_vi": (
            "Từ một mảnh vườn gia đình, chủ nhà dần đào thêm ao, trồng thêm cây, dựng "
            "chòi để đón khách ghé chơi. Không có gì cầu kỳ: chỉ là bóng mát, tiếng "
            "chim và bữa cơm quê. Chính sự mộc mạc ấy khiến khách thành phố nhớ và "
            "quay lại.\n\n"
            "Điểm du lịch sinh thái Minh Phát có tên trong kế hoạch OCOP của huyện, ở "
            "nhóm dịch vụ du lịch nông thôn."
        ),
        "story_en": (
            "Starting from a family garden, the owners dug more ponds, planted more "
            "trees and built huts to welcome visitors. Nothing fancy: shade, birdsong "
            "and a country meal. That simplicity is exactly what brings city visitors "
            "back.\n\n"
            "Minh Phát is named in the district's OCOP plan among its rural tourism "
            "services."
        ),
        "standards": [],
        "season": [5, 6, 7, 8],
        "where_to_buy_vi": "Mua vé tại cổng; đặt bữa ăn trước qua điện thoại.",
        "where_to_buy_en": "Tickets at the gate; book meals ahead by phone.",
        "price_min": 30000,
        "price_max": 50000,
        "price_unit_vi": "vé",
        "price_unit_en": "ticket",
        "gtin": None,
    },
    {
        "slug": "khu-du-lich-xeo-quyt",
        "name_vi": "Khu du lịch Xẻo Quýt",
        "name_en": "Xẻo Quýt forest and historic site",
        "group": "tourism",
        "producer": "xeo-quyt",
        "commune": "Mỹ Hiệp",
        "status": "published",
        "plan_mention": "Khu du lịch Xẻo Quýt",
        "summary_vi": (
            "Rừng tràm rợp bóng và di tích lịch sử thời kháng chiến, tham quan bằng "
            "xuồng và đường mòn dưới tán cây."
        ),
        "summary_en": (
            "Shady melaleuca forest and a historic site from the resistance war, "
            "explored by boat and along forest trails."
        ),
        "description_vi": (
            "Khu du lịch gồm rừng tràm, những con rạch nhỏ và các công trình tái hiện "
            "căn cứ thời kháng chiến như hầm trú ẩn, lán trại. Du khách đi xuồng dưới "
            "tán tràm, đi bộ theo đường mòn và nghe thuyết minh về lịch sử. Có khu ẩm "
            "thực phục vụ món ăn địa phương."
        ),
        "description_en": (
            "The site combines melaleuca forest, small creeks and reconstructions of a "
            "wartime base such as shelters and huts. Visitors paddle under the trees, "
            "walk the trails and hear guides tell the history. A food area serves "
            "local dishes."
        ),
        "story_vi": (
            "Giữa những cánh đồng bằng phẳng của Mỹ Hiệp, rừng tràm Xẻo Quýt hiện ra "
            "như một ốc đảo xanh. Trong những năm chiến tranh, khu rừng từng che chở "
            "cán bộ cách mạng sống và làm việc tại đây. Ngày nay, những con rạch yên ả "
            "và hàng tràm thẳng tắp đón du khách đến tìm hiểu lịch sử và hít thở không "
            "khí trong lành.\n\n"
            "Khu du lịch Xẻo Quýt được kế hoạch OCOP của huyện nêu trong nhóm dịch vụ "
            "du lịch nông thôn."
        ),
        "story_en": (
            "Amid the flat fields of Mỹ Hiệp, the Xẻo Quýt melaleuca forest rises like "
            "a green island. During the war, the forest sheltered revolutionary cadres "
            "who lived and worked here. Today its quiet creeks and straight rows of "
            "*tràm* welcome visitors who come to learn the history and breathe the "
            "fresh air.\n\n"
            "Xẻo Quýt is listed in the district's OCOP plan among its rural tourism "
            "services."
        ),
        "standards": [],
        "season": [9, 10, 11, 12],
        "where_to_buy_vi": "Mua vé tại cổng khu du lịch.",
        "where_to_buy_en": "Tickets at the entrance.",
        "price_min": 15000,
        "price_max": 40000,
        "price_unit_vi": "vé",
        "price_unit_en": "ticket",
        "gtin": None,
    },
]


# SAMPLE evaluation history. Validity is 36 months from decided_on. Cases shown:
# khoai-lang-say only has an expired certificate; mut-gao-giong's was revoked;
# chuoi-say went from 3 stars (2021) to 4 (2024); nam-rom-phuong-tra's expires on
# 2026-12-20. Products decided together share one decision number.
EVALUATIONS = [
    {
        "product": "chuoi-say",
        "rule_set": "1048/QD-TTg",
        "score": 63,
        "stars": 3,
        "level": "province",
        "decision_number": "2216/QĐ-UBND",
        "decided_on": date(2021, 11, 12),
    },
    {
        "product": "khoai-lang-say",
        "rule_set": "1048/QD-TTg",
        "score": 58,
        "stars": 3,
        "level": "province",
        "decision_number": "2216/QĐ-UBND",
        "decided_on": date(2021, 11, 12),
    },
    {
        "product": "nam-rom-phuong-tra",
        "rule_set": "148/QD-TTg",
        "score": 64,
        "parts": {"A": 26, "B": 16, "C": 22},
        "stars": 3,
        "level": "district",
        "decision_number": "3875/QĐ-UBND",
        "decided_on": date(2023, 12, 20),
    },
    {
        "product": "xoai-cao-lanh",
        "rule_set": "148/QD-TTg",
        "score": 82,
        "parts": {"A": 33, "B": 20, "C": 29},
        "stars": 4,
        "level": "province",
        "decision_number": "418/QĐ-UBND",
        "decided_on": date(2024, 4, 18),
    },
    {
        "product": "mit-say",
        "rule_set": "148/QD-TTg",
        "score": 74,
        "parts": {"A": 30, "B": 18, "C": 26},
        "stars": 4,
        "level": "province",
        "decision_number": "418/QĐ-UBND",
        "decided_on": date(2024, 4, 18),
    },
    {
        "product": "chuoi-say",
        "rule_set": "148/QD-TTg",
        "score": 72,
        "parts": {"A": 29, "B": 18, "C": 25},
        "stars": 4,
        "level": "province",
        "decision_number": "418/QĐ-UBND",
        "decided_on": date(2024, 4, 18),
    },
    {
        "product": "hat-sen-say",
        "rule_set": "148/QD-TTg",
        "score": 66,
        "parts": {"A": 27, "B": 16, "C": 23},
        "stars": 3,
        "level": "district",
        "decision_number": "1742/QĐ-UBND",
        "decided_on": date(2024, 6, 20),
    },
    {
        "product": "hoa-sen-tuu",
        "rule_set": "148/QD-TTg",
        "score": 61,
        "parts": {"A": 25, "B": 15, "C": 21},
        "stars": 3,
        "level": "district",
        "decision_number": "1742/QĐ-UBND",
        "decided_on": date(2024, 6, 20),
    },
    {
        "product": "oi-thien-phu",
        "rule_set": "148/QD-TTg",
        "score": 59,
        "parts": {"A": 24, "B": 14, "C": 21},
        "stars": 3,
        "level": "district",
        "decision_number": "1742/QĐ-UBND",
        "decided_on": date(2024, 6, 20),
    },
    {
        "product": "gao-sach-binh-hang-trung",
        "rule_set": "148/QD-TTg",
        "score": 68,
        "parts": {"A": 28, "B": 16, "C": 24},
        "stars": 3,
        "level": "district",
        "decision_number": "1742/QĐ-UBND",
        "decided_on": date(2024, 6, 20),
    },
    {
        "product": "du-lich-sinh-thai-gao-giong",
        "rule_set": "148/QD-TTg",
        "score": 76,
        "parts": {"A": 31, "B": 19, "C": 26},
        "stars": 4,
        "level": "province",
        "decision_number": "1125/QĐ-UBND",
        "decided_on": date(2024, 9, 26),
    },
    {
        "product": "thu-cong-my-nghe-artex",
        "rule_set": "148/QD-TTg",
        "score": 80,
        "parts": {"A": 32, "B": 21, "C": 27},
        "stars": 4,
        "level": "province",
        "decision_number": "1125/QĐ-UBND",
        "decided_on": date(2024, 9, 26),
    },
    {
        "product": "xoai-cat-chu-cao-lanh",
        "rule_set": "148/QD-TTg",
        "score": 91,
        "parts": {"A": 37, "B": 22, "C": 32},
        "stars": 5,
        "level": "national",
        "decision_number": "4530/QĐ-BNN-VPĐP",
        "decided_on": date(2024, 10, 15),
    },
    {
        "product": "mat-ong-gao-giong",
        "rule_set": "148/QD-TTg",
        "score": 67,
        "parts": {"A": 27, "B": 17, "C": 23},
        "stars": 3,
        "level": "district",
        "decision_number": "3318/QĐ-UBND",
        "decided_on": date(2024, 12, 10),
    },
    {
        "product": "cam-xoan-phong-my",
        "rule_set": "148/QD-TTg",
        "score": 62,
        "parts": {"A": 25, "B": 15, "C": 22},
        "stars": 3,
        "level": "district",
        "decision_number": "3318/QĐ-UBND",
        "decided_on": date(2024, 12, 10),
    },
    {
        "product": "mut-gao-giong",
        "rule_set": "148/QD-TTg",
        "score": 55,
        "parts": {"A": 23, "B": 13, "C": 19},
        "stars": 3,
        "level": "district",
        "decision_number": "3318/QĐ-UBND",
        "decided_on": date(2024, 12, 10),
        "revoked_on": date(2025, 5, 26),
        "revoked_reason_vi": (
            "Chủ thể tạm ngừng sản xuất để đổi công thức và bao bì, tự nguyện đề nghị "
            "thu hồi giấy chứng nhận; có thể đăng ký đánh giá lại khi sản xuất trở lại."
        ),
        "revoked_reason_en": (
            "The producer paused production to change its recipe and packaging and "
            "asked for the certificate to be withdrawn; it may apply again once "
            "production resumes."
        ),
    },
    {
        "product": "kho-ca-dieu-hong-hai-yen",
        "rule_set": "148/QD-TTg",
        "score": 60,
        "parts": {"A": 24, "B": 15, "C": 21},
        "stars": 3,
        "level": "district",
        "decision_number": "1506/QĐ-UBND",
        "decided_on": date(2025, 5, 22),
    },
    {
        "product": "tham-luc-binh-my-hiep",
        "rule_set": "148/QD-TTg",
        "score": 56,
        "parts": {"A": 23, "B": 14, "C": 19},
        "stars": 3,
        "level": "district",
        "decision_number": "1506/QĐ-UBND",
        "decided_on": date(2025, 5, 22),
    },
]


# Visiting details for the three tourism products (sample prices).
TOURISM = [
    {
        "product": "du-lich-sinh-thai-gao-giong",
        "opening_hours_vi": "7:00–17:00 hằng ngày",
        "opening_hours_en": "7 am – 5 pm daily",
        "tickets": [
            {
                "label_vi": "Vé tham quan người lớn",
                "label_en": "Adult entry",
                "price": 40000,
            },
            {
                "label_vi": "Vé trẻ em (cao dưới 1,3 m)",
                "label_en": "Child entry (under 1.3 m)",
                "price": 20000,
            },
            {
                "label_vi": "Đi xuồng xuyên rừng tràm (mỗi người)",
                "label_en": "Boat trip through the forest (per person)",
                "price": 60000,
            },
            {
                "label_vi": "Lên tháp quan sát",
                "label_en": "Lookout tower",
                "price": 20000,
            },
        ],
        "address": "ấp 4, xã Gáo Giồng, huyện Cao Lãnh, Đồng Tháp",
        "lat": 10.6215,
        "lon": 105.6452,
        "activities_vi": [
            "Đi xuồng ba lá xuyên rừng tràm",
            "Ngắm cò, chim về tổ lúc chiều tà",
            "Lên tháp quan sát ngắm toàn cảnh rừng",
            "Câu cá đồng, giăng lưới mùa nước nổi",
            "Thưởng thức cá lóc nướng trui, lẩu mắm bông điên điển",
            "Mua mắm, mật ong, mứt Gáo Giồng làm quà",
        ],
        "activities_en": [
            "Paddle a small boat through the melaleuca forest",
            "Watch egrets and storks come home at dusk",
            "Climb the lookout tower for a view over the forest",
            "Fish the canals, or set nets in the flood season",
            "Taste straw-grilled snakehead and mắm hotpot with sesbania flowers",
            "Buy Gáo Giồng mắm, honey and candied fruit to take home",
        ],
        "how_to_get_there_vi": (
            "Từ trung tâm TP. Cao Lãnh đi về phía bắc khoảng 30 km, mất chừng 45 phút "
            "bằng ô tô hoặc xe máy. Từ TP. Hồ Chí Minh khoảng 190 km: đi cao tốc về "
            "Tiền Giang, theo quốc lộ 30 về Cao Lãnh rồi tiếp tục lên Gáo Giồng, tổng "
            "cộng khoảng 4 giờ."
        ),
        "how_to_get_there_en": (
            "From central Cao Lãnh city, head north for about 30 km, around 45 minutes "
            "by car or motorbike. From Ho Chi Minh City it is about 190 km: take the "
            "expressway towards Tiền Giang, then National Road 30 to Cao Lãnh and on "
            "to Gáo Giồng; allow about 4 hours."
        ),
        "best_months": [8, 9, 10, 11],
    },
    {
        "product": "diem-du-lich-sinh-thai-minh-phat",
        "opening_hours_vi": "7:30–18:00 hằng ngày",
        "opening_hours_en": "7:30 am – 6 pm daily",
        "tickets": [
            {"label_vi": "Vé vào cổng", "label_en": "Entry", "price": 30000},
            {
                "label_vi": "Trẻ em dưới 1 m",
                "label_en": "Children under 1 m",
                "price": 0,
            },
            {
                "label_vi": "Câu cá (mỗi cần, 2 giờ)",
                "label_en": "Fishing (per rod, 2 hours)",
                "price": 50000,
            },
        ],
        "address": "ấp 2, xã Phương Thịnh, huyện Cao Lãnh, Đồng Tháp",
        "lat": 10.5735,
        "lon": 105.6858,
        "activities_vi": [
            "Câu cá bên ao",
            "Tát mương bắt cá",
            "Hái trái cây theo mùa",
            "Chèo xuồng trong vườn",
            "Ăn cơm quê do chủ vườn nấu",
        ],
        "activities_en": [
            "Fish by the ponds",
            "Drain a ditch and catch fish by hand",
            "Pick seasonal fruit",
            "Paddle a boat around the garden",
            "Eat a country meal cooked by the owners",
        ],
        "how_to_get_there_vi": (
            "Cách trung tâm TP. Cao Lãnh khoảng 15 km về phía bắc, chừng 25 phút đi "
            "xe. Từ TP. Hồ Chí Minh khoảng 175 km theo cao tốc và quốc lộ 30."
        ),
        "how_to_get_there_en": (
            "About 15 km north of central Cao Lãnh city, some 25 minutes by road. From "
            "Ho Chi Minh City it is about 175 km by expressway and National Road 30."
        ),
        "best_months": [5, 6, 7, 8],
    },
    {
        "product": "khu-du-lich-xeo-quyt",
        "opening_hours_vi": "7:00–17:00 hằng ngày",
        "opening_hours_en": "7 am – 5 pm daily",
        "tickets": [
            {
                "label_vi": "Vé tham quan người lớn",
                "label_en": "Adult entry",
                "price": 20000,
            },
            {"label_vi": "Vé trẻ em", "label_en": "Child entry", "price": 15000},
            {
                "label_vi": "Đi xuồng trong rừng tràm (mỗi người)",
                "label_en": "Boat ride in the forest (per person)",
                "price": 40000,
            },
        ],
        "address": "ấp 4, xã Mỹ Hiệp, huyện Cao Lãnh, Đồng Tháp",
        "lat": 10.4065,
        "lon": 105.801,
        "activities_vi": [
            "Đi xuồng dưới tán rừng tràm",
            "Đi bộ theo đường mòn trong rừng",
            "Tham quan hầm trú ẩn và khu căn cứ tái hiện",
            "Nghe thuyết minh về lịch sử kháng chiến",
            "Thưởng thức món ăn địa phương",
        ],
        "activities_en": [
            "Ride a boat under the melaleuca canopy",
            "Walk the forest trails",
            "Visit the shelters and the reconstructed base",
            "Hear the story of the resistance years from a guide",
            "Try local dishes",
        ],
        "how_to_get_there_vi": (
            "Từ TP. Cao Lãnh theo quốc lộ 30 về hướng Mỹ Thọ rồi rẽ về Mỹ Hiệp, khoảng "
            "30 km. Từ TP. Hồ Chí Minh khoảng 150 km theo cao tốc về Tiền Giang và "
            "quốc lộ 30, mất chừng 3 giờ."
        ),
        "how_to_get_there_en": (
            "From Cao Lãnh city, take National Road 30 towards Mỹ Thọ and turn off for "
            "Mỹ Hiệp, about 30 km in all. From Ho Chi Minh City it is about 150 km by "
            "the expressway towards Tiền Giang and National Road 30, roughly 3 hours."
        ),
        "best_months": [9, 10, 11, 12],
    },
]


# SAMPLE growing areas (PUC codes).
GROWING_AREAS = [
    {
        "code": "VN-DTOR-0001",
        "crop_vi": "Xoài cát Chu",
        "crop_en": "Cát Chu mango",
        "area_ha": 24.6,
        "commune": "Mỹ Xương",
        "producer": "htx-xoai-my-xuong",
        "lat": 10.4232,
        "lon": 105.6838,
    },
    {
        "code": "VN-DTOR-0002",
        "crop_vi": "Xoài cát Hòa Lộc",
        "crop_en": "Cát Hòa Lộc mango",
        "area_ha": 17.8,
        "commune": "Mỹ Xương",
        "producer": "htx-xoai-my-xuong",
        "lat": 10.4281,
        "lon": 105.6905,
    },
    {
        "code": "VN-DTOR-0003",
        "crop_vi": "Xoài hữu cơ",
        "crop_en": "Organic mango",
        "area_ha": 12.5,
        "commune": "Mỹ Hội",
        "producer": "tht-xoai-huu-co-my-hoi",
        "lat": 10.4296,
        "lon": 105.7612,
    },
    {
        "code": "VN-DTOR-0004",
        "crop_vi": "Lúa",
        "crop_en": "Rice",
        "area_ha": 118.0,
        "commune": "Bình Hàng Trung",
        "producer": "htx-binh-hang-trung",
        "lat": 10.4046,
        "lon": 105.7135,
    },
    {
        "code": "VN-DTOR-0005",
        "crop_vi": "Chanh không hạt",
        "crop_en": "Seedless lime",
        "area_ha": 15.3,
        "commune": "Mỹ Long",
        "producer": "tht-chanh-my-long",
        "lat": 10.3775,
        "lon": 105.7436,
    },
    {
        "code": "VN-DTOR-0006",
        "crop_vi": "Ổi",
        "crop_en": "Guava",
        "area_ha": 8.4,
        "commune": "Tân Nghĩa",
        "producer": "tht-thien-phu",
        "lat": 10.5063,
        "lon": 105.7552,
    },
    {
        "code": "VN-DTOR-0007",
        "crop_vi": "Cam xoàn",
        "crop_en": "Cam xoàn orange",
        "area_ha": 10.7,
        "commune": "Phong Mỹ",
        "producer": "tht-cam-xoan-phong-my",
        "lat": 10.5648,
        "lon": 105.5869,
    },
    {
        "code": "VN-DTOR-0008",
        "crop_vi": "Xoài cát Chu",
        "crop_en": "Cát Chu mango",
        "area_ha": 2.4,
        "commune": "Mỹ Xương",
        "producer": "xoai-chu-chin-household",
        "lat": 10.4306,
        "lon": 105.6914,
    },
]


# SAMPLE packing houses (PHC codes).
PACKING_HOUSES = [
    {
        "code": "VN-DTPH-0001",
        "name": "Nhà đóng gói xoài Mỹ Xương",
        "commune": "Mỹ Xương",
        "address": "ấp 2, xã Mỹ Xương, huyện Cao Lãnh, Đồng Tháp",
        "producer": "htx-xoai-my-xuong",
    },
    {
        "code": "VN-DTPH-0002",
        "name": "Cơ sở đóng gói xoài hữu cơ Mỹ Hội",
        "commune": "Mỹ Hội",
        "address": "ấp 2, xã Mỹ Hội, huyện Cao Lãnh, Đồng Tháp",
        "producer": "tht-xoai-huu-co-my-hoi",
    },
    {
        "code": "VN-DTPH-0003",
        "name": "Xưởng sấy và xay xát Bình Hàng Trung",
        "commune": "Bình Hàng Trung",
        "address": "ấp 2, xã Bình Hàng Trung, huyện Cao Lãnh, Đồng Tháp",
        "producer": "htx-binh-hang-trung",
    },
    {
        "code": "VN-DTPH-0004",
        "name": "Điểm đóng gói chanh Mỹ Long",
        "commune": "Mỹ Long",
        "address": "ấp 1, xã Mỹ Long, huyện Cao Lãnh, Đồng Tháp",
        "producer": "tht-chanh-my-long",
    },
]


# SAMPLE lots with their trace events (chronological). MS-2025-08 is recalled.
LOTS = [
    {
        "product": "xoai-cat-chu-cao-lanh",
        "code": "XCC-2025-04",
        "growing_areas": ["VN-DTOR-0001"],
        "packing_house": "VN-DTPH-0001",
        "harvested_on": date(2025, 4, 8),
        "packed_on": date(2025, 4, 9),
        "best_before": date(2025, 4, 23),
        "quantity": 1200,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 4, 8),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": (
                    "Thu hoạch xoài đã bao trái, đủ độ già; hái bằng kéo, giữ cuống."
                ),
                "note_en": (
                    "Bagged mangoes picked at full maturity, cut with the stem on."
                ),
            },
            {
                "kind": "inspection",
                "on": date(2025, 4, 8),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": (
                    "Lấy mẫu kiểm tra nhanh dư lượng thuốc bảo vệ thực vật: đạt."
                ),
                "note_en": "Rapid pesticide-residue test on samples: passed.",
            },
            {
                "kind": "packing",
                "on": date(2025, 4, 9),
                "place": "Nhà đóng gói VN-DTPH-0001, Mỹ Xương",
                "note_vi": "Xử lý nước nóng, phân loại, đóng thùng 5 kg và 10 kg.",
                "note_en": (
                    "Hot-water treatment, grading, packed in 5 kg and 10 kg boxes."
                ),
            },
            {
                "kind": "shipping",
                "on": date(2025, 4, 10),
                "place": "TP. Hồ Chí Minh",
                "note_vi": "Giao cho hệ thống siêu thị bằng xe lạnh.",
                "note_en": "Delivered to a supermarket chain by refrigerated truck.",
            },
        ],
    },
    {
        "product": "xoai-cat-chu-cao-lanh",
        "code": "XCC-2025-07",
        "growing_areas": ["VN-DTOR-0001"],
        "packing_house": "VN-DTPH-0001",
        "harvested_on": date(2025, 7, 15),
        "packed_on": date(2025, 7, 16),
        "best_before": date(2025, 7, 30),
        "quantity": 800,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 7, 15),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch xoài vụ nghịch.",
                "note_en": "Off-season mangoes harvested.",
            },
            {
                "kind": "packing",
                "on": date(2025, 7, 16),
                "place": "Nhà đóng gói VN-DTPH-0001, Mỹ Xương",
                "note_vi": "Phân loại, dán tem truy xuất, đóng thùng 10 kg.",
                "note_en": (
                    "Graded, traceability stamps applied, packed in 10 kg boxes."
                ),
            },
            {
                "kind": "shipping",
                "on": date(2025, 7, 17),
                "place": "TP. Hồ Chí Minh",
                "note_vi": "Giao cho doanh nghiệp xuất khẩu.",
                "note_en": "Delivered to an exporter.",
            },
        ],
    },
    {
        "product": "xoai-cao-lanh",
        "code": "XCL-2025-05",
        "growing_areas": ["VN-DTOR-0002"],
        "packing_house": "VN-DTPH-0001",
        "harvested_on": date(2025, 5, 6),
        "packed_on": date(2025, 5, 7),
        "best_before": date(2025, 5, 21),
        "quantity": 950,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 5, 6),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch xoài cát Hòa Lộc chính vụ.",
                "note_en": "Main-season Cát Hòa Lộc mangoes harvested.",
            },
            {
                "kind": "packing",
                "on": date(2025, 5, 7),
                "place": "Nhà đóng gói VN-DTPH-0001, Mỹ Xương",
                "note_vi": "Phân loại theo cỡ, bọc lưới xốp, đóng thùng 5 kg.",
                "note_en": (
                    "Graded by size, wrapped in foam nets, packed in 5 kg boxes."
                ),
            },
            {
                "kind": "shipping",
                "on": date(2025, 5, 8),
                "place": "TP. Cao Lãnh",
                "note_vi": "Giao cho cửa hàng đặc sản.",
                "note_en": "Delivered to speciality shops.",
            },
        ],
    },
    {
        "product": "xoai-huu-co-my-hoi",
        "code": "XHC-2025-05",
        "growing_areas": ["VN-DTOR-0003"],
        "packing_house": "VN-DTPH-0002",
        "harvested_on": date(2025, 5, 12),
        "packed_on": date(2025, 5, 13),
        "best_before": date(2025, 5, 27),
        "quantity": 420,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 5, 12),
                "place": "Mỹ Hội, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch xoài từ vườn canh tác hữu cơ.",
                "note_en": "Mangoes picked from the organic orchards.",
            },
            {
                "kind": "inspection",
                "on": date(2025, 5, 12),
                "place": "Mỹ Hội, Cao Lãnh, Đồng Tháp",
                "note_vi": "Tổ chức chứng nhận lấy mẫu kiểm tra định kỳ.",
                "note_en": "Routine sampling by the certification body.",
            },
            {
                "kind": "packing",
                "on": date(2025, 5, 13),
                "place": "Cơ sở đóng gói VN-DTPH-0002, Mỹ Hội",
                "note_vi": "Đóng thùng carton 5 kg, dán tem truy xuất.",
                "note_en": "Packed in 5 kg cartons with traceability stamps.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 5, 14),
                "place": "TP. Hồ Chí Minh",
                "note_vi": "Giao cho cửa hàng thực phẩm hữu cơ.",
                "note_en": "Delivered to an organic food shop.",
            },
        ],
    },
    {
        "product": "gao-sach-binh-hang-trung",
        "code": "GBHT-2025-HT",
        "growing_areas": ["VN-DTOR-0004"],
        "packing_house": "VN-DTPH-0003",
        "harvested_on": date(2025, 7, 20),
        "packed_on": date(2025, 8, 5),
        "best_before": date(2026, 8, 5),
        "quantity": 12000,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 7, 20),
                "place": "Bình Hàng Trung, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch lúa vụ Hè Thu trên cánh đồng lớn.",
                "note_en": "Summer–autumn crop harvested on the large shared field.",
            },
            {
                "kind": "processing",
                "on": date(2025, 7, 21),
                "place": "Xưởng VN-DTPH-0003, Bình Hàng Trung",
                "note_vi": "Sấy lúa về ẩm độ 14%, bảo quản trong kho.",
                "note_en": "Paddy dried to 14% moisture and stored.",
            },
            {
                "kind": "packing",
                "on": date(2025, 8, 5),
                "place": "Xưởng VN-DTPH-0003, Bình Hàng Trung",
                "note_vi": "Xay xát, đóng túi 5 kg ghi rõ vụ mùa.",
                "note_en": "Milled and packed in 5 kg bags labelled with the season.",
            },
            {
                "kind": "inspection",
                "on": date(2025, 8, 6),
                "place": "Bình Hàng Trung, Cao Lãnh, Đồng Tháp",
                "note_vi": "Kiểm tra cảm quan và độ ẩm gạo thành phẩm: đạt.",
                "note_en": "Sensory and moisture check on the finished rice: passed.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 8, 12),
                "place": "TP. Cao Lãnh",
                "note_vi": "Giao cho điểm bán sản phẩm OCOP và bếp ăn trường học.",
                "note_en": "Delivered to the OCOP showroom and school kitchens.",
            },
        ],
    },
    {
        "product": "chanh-khong-hat-my-long",
        "code": "CKH-2025-09",
        "growing_areas": ["VN-DTOR-0005"],
        "packing_house": "VN-DTPH-0004",
        "harvested_on": date(2025, 9, 3),
        "packed_on": date(2025, 9, 4),
        "best_before": date(2025, 9, 25),
        "quantity": 3000,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 9, 3),
                "place": "Mỹ Long, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch chanh theo đơn hàng.",
                "note_en": "Limes picked to order.",
            },
            {
                "kind": "packing",
                "on": date(2025, 9, 4),
                "place": "Điểm đóng gói VN-DTPH-0004, Mỹ Long",
                "note_vi": "Rửa, phân loại theo cỡ, đóng thùng 10 kg.",
                "note_en": "Washed, graded by size, packed in 10 kg boxes.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 9, 5),
                "place": "TP. Hồ Chí Minh",
                "note_vi": "Giao cho chợ đầu mối.",
                "note_en": "Delivered to a wholesale market.",
            },
        ],
    },
    {
        "product": "oi-thien-phu",
        "code": "OTP-2025-10",
        "growing_areas": ["VN-DTOR-0006"],
        "packing_house": None,
        "harvested_on": date(2025, 10, 14),
        "packed_on": date(2025, 10, 14),
        "best_before": date(2025, 10, 24),
        "quantity": 600,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 10, 14),
                "place": "Tân Nghĩa, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch ổi đã bao trái.",
                "note_en": "Bagged guavas picked.",
            },
            {
                "kind": "packing",
                "on": date(2025, 10, 14),
                "place": "Tân Nghĩa, Cao Lãnh, Đồng Tháp",
                "note_vi": "Phân loại theo cỡ, đóng thùng 10 kg tại vườn.",
                "note_en": "Graded by size and packed in 10 kg boxes at the orchard.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 10, 15),
                "place": "TP. Cao Lãnh",
                "note_vi": "Giao cho siêu thị.",
                "note_en": "Delivered to a supermarket.",
            },
        ],
    },
    {
        "product": "cam-xoan-phong-my",
        "code": "CXPM-2025-12",
        "growing_areas": ["VN-DTOR-0007"],
        "packing_house": None,
        "harvested_on": date(2025, 12, 10),
        "packed_on": date(2025, 12, 11),
        "best_before": date(2026, 1, 10),
        "quantity": 1500,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 12, 10),
                "place": "Phong Mỹ, Cao Lãnh, Đồng Tháp",
                "note_vi": "Thu hoạch cam xoàn chuẩn bị hàng Tết.",
                "note_en": "Cam xoàn picked for the Tết market.",
            },
            {
                "kind": "inspection",
                "on": date(2025, 12, 10),
                "place": "Phong Mỹ, Cao Lãnh, Đồng Tháp",
                "note_vi": (
                    "Đối chiếu nhật ký vườn, bảo đảm đủ thời gian cách ly thuốc."
                ),
                "note_en": "Orchard diaries checked against spray withholding periods.",
            },
            {
                "kind": "packing",
                "on": date(2025, 12, 11),
                "place": "Phong Mỹ, Cao Lãnh, Đồng Tháp",
                "note_vi": "Chọn trái đẹp, đóng hộp quà 5 kg.",
                "note_en": "Best fruit selected and packed in 5 kg gift boxes.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 12, 15),
                "place": "TP. Hồ Chí Minh",
                "note_vi": "Giao cho cửa hàng trái cây.",
                "note_en": "Delivered to fruit shops.",
            },
        ],
    },
    {
        "product": "xoai-chu-chin",
        "code": "CC-2025-05",
        "growing_areas": ["VN-DTOR-0008"],
        "packing_house": None,
        "harvested_on": date(2025, 5, 20),
        "packed_on": date(2025, 5, 20),
        "best_before": date(2025, 6, 3),
        "quantity": 300,
        "unit": "kg",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 5, 20),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": "Hái xoài đủ già, không dùng hóa chất ép chín.",
                "note_en": "Fully mature mangoes picked; no chemical ripening.",
            },
            {
                "kind": "packing",
                "on": date(2025, 5, 20),
                "place": "Mỹ Xương, Cao Lãnh, Đồng Tháp",
                "note_vi": "Đóng thùng 5 kg tại vườn theo đơn đặt trước.",
                "note_en": "Packed in 5 kg boxes at the orchard for pre-orders.",
            },
            {
                "kind": "shipping",
                "on": date(2025, 5, 21),
                "place": "TP. Cao Lãnh",
                "note_vi": "Giao tận nhà cho khách đặt trước.",
                "note_en": "Delivered to customers' homes.",
            },
        ],
    },
    {
        "product": "mit-say",
        "code": "MS-2025-08",
        "growing_areas": [],
        "packing_house": None,
        "harvested_on": date(2025, 8, 4),
        "packed_on": date(2025, 8, 11),
        "best_before": date(2026, 8, 11),
        "quantity": 1600,
        "unit": "bag",
        "events": [
            {
                "kind": "harvest",
                "on": date(2025, 8, 4),
                "place": "An Bình, Cao Lãnh, Đồng Tháp",
                "note_vi": "Nhận mít chín cây từ các vườn liên kết trong huyện.",
                "note_en": "Tree-ripened jackfruit received from partner orchards.",
            },
            {
                "kind": "processing",
                "on": date(2025, 8, 6),
                "place": "An Bình, Cao Lãnh, Đồng Tháp",
                "note_vi": "Tách múi, bỏ hạt, sấy chân không ở nhiệt độ thấp.",
                "note_en": "Segmented, stoned and vacuum-dried at low temperature.",
            },
            {
                "kind": "packing",
                "on": date(2025, 8, 11),
                "place": "An Bình, Cao Lãnh, Đồng Tháp",
                "note_vi": "Đóng túi có khóa kéo 250 g, hàn miệng túi.",
                "note_en": "Packed in 250 g resealable pouches and heat-sealed.",
            },
            {
                "kind": "inspection",
                "on": date(2025, 9, 18),
                "place": "TP. Cao Lãnh",
                "note_vi": "Kiểm tra sau bán hàng phát hiện một số túi hở đường hàn.",
                "note_en": "Post-sale check found faulty heat seals on some pouches.",
            },
        ],
        "recall": {
            "on": date(2025, 9, 20),
            "reason_vi": (
                "Một số túi bị hở đường hàn miệng túi nên sản phẩm có thể bị ẩm, mất "
                "độ giòn trước hạn sử dụng. Cơ sở tự nguyện thu hồi toàn bộ lô và đổi "
                "túi mới cho khách đã mua."
            ),
            "reason_en": (
                "Some pouches have a faulty heat seal, so the product may absorb "
                "moisture and lose its crunch before the best-before date. The "
                "producer is voluntarily recalling the whole lot and replacing pouches "
                "already sold."
            ),
        },
    },
]


# Stamps to issue per "<product slug>/<lot code>"; the loader generates the codes.
STAMPS = {
    "xoai-cat-chu-cao-lanh/XCC-2025-04": 12,
    "gao-sach-binh-hang-trung/GBHT-2025-HT": 10,
    "mit-say/MS-2025-08": 8,
    "xoai-huu-co-my-hoi/XHC-2025-05": 6,
}


# The plan's targets for 2021–2025 (section I.2 and 1.2 of the plan).
TARGETS = {
    "period": {
        "code": "2021-2025",
        "name_vi": "Giai đoạn 2021 – 2025",
        "name_en": "2021–2025 period",
        "starts_on": date(2021, 1, 1),
        "ends_on": date(2025, 12, 31),
        "plan": "124/KH-UBND",
        "plan_date": date(2021, 7, 21),
    },
    "targets": [
        {
            "metric": "stars_5",
            "value": 3,
            "label_vi": "Sản phẩm đạt OCOP 5 sao",
            "label_en": "Products rated OCOP 5 stars",
        },
        {
            "metric": "stars_3",
            "value": 20,
            "label_vi": "Sản phẩm đạt OCOP 3 sao",
            "label_en": "Products rated OCOP 3 stars",
        },
        {
            "metric": "tourism",
            "value": 1,
            "label_vi": "Sản phẩm dịch vụ du lịch đạt OCOP",
            "label_en": "OCOP-rated tourism services",
        },
        {
            "metric": "communes_registered",
            "value": 18,
            "label_vi": "Xã, thị trấn có sản phẩm đăng ký đánh giá",
            "label_en": "Communes and towns with a product entered for evaluation",
        },
    ],
}

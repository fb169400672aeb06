"""Word lists for generated sample products, in the catalogue's own vocabulary.

Weights make a common product word (xoài) appear in roughly one product in eight,
as in the real district catalogue, and the province name in most descriptions.
"""

# (name vi, name en, group code, weight, standards that fit)
PRODUCTS = [
    ("Xoài cát Chu", "Cát Chu mango", "food", 5, ["VietGAP", "GlobalGAP"]),
    ("Xoài cát Hòa Lộc", "Cát Hòa Lộc mango", "food", 4, ["VietGAP"]),
    ("Xoài keo", "Keo mango", "food", 2, ["VietGAP"]),
    ("Xoài sấy dẻo", "Soft-dried mango", "food", 3, ["HACCP"]),
    ("Mít Thái", "Thai jackfruit", "food", 3, ["VietGAP"]),
    ("Mít sấy", "Dried jackfruit", "food", 3, ["HACCP"]),
    ("Chuối sấy", "Dried banana", "food", 3, ["HACCP"]),
    ("Khoai lang sấy", "Dried sweet potato", "food", 2, []),
    ("Hạt sen sấy", "Dried lotus seeds", "food", 3, ["HACCP"]),
    ("Trà tim sen", "Lotus-heart tea", "beverages", 3, ["ISO 22000"]),
    ("Trà mãng cầu", "Custard-apple tea", "beverages", 2, []),
    ("Rượu sen", "Lotus rice spirit", "beverages", 2, []),
    ("Nước ép cam xoàn", "Cam xoàn orange juice", "beverages", 1, []),
    ("Ổi ruột hồng", "Pink guava", "food", 3, ["VietGAP"]),
    ("Nấm rơm", "Straw mushrooms", "food", 3, ["VietGAP"]),
    ("Mắm cá linh", "Fermented linh fish", "food", 2, []),
    ("Mắm cá lóc", "Fermented snakehead fish", "food", 2, []),
    ("Mật ong hoa tràm", "Melaleuca honey", "food", 3, []),
    ("Mứt sen", "Candied lotus seeds", "food", 2, []),
    ("Rau thủy canh", "Hydroponic greens", "food", 2, ["VietGAP"]),
    ("Cam xoàn", "Cam xoàn orange", "food", 3, ["VietGAP"]),
    ("Quýt hồng", "Pink tangerine", "food", 3, ["VietGAP"]),
    ("Bưởi da xanh", "Green-skin pomelo", "food", 2, ["VietGAP"]),
    ("Chanh không hạt", "Seedless lime", "food", 3, ["VietGAP", "GlobalGAP"]),
    ("Gạo thơm", "Fragrant rice", "food", 4, ["VietGAP"]),
    ("Gạo sạch", "Clean rice", "food", 3, ["VietGAP"]),
    ("Trứng vịt", "Duck eggs", "food", 2, []),
    ("Khô cá lóc", "Dried snakehead fish", "food", 2, []),
    ("Khô cá sặc", "Dried gourami", "food", 2, []),
    ("Bánh phồng tôm", "Prawn crackers", "food", 2, ["HACCP"]),
    ("Bánh pía sầu riêng", "Durian pía cake", "food", 1, []),
    ("Nem chua", "Fermented pork roll", "food", 2, ["HACCP"]),
    ("Lạp xưởng", "Chinese-style sausage", "food", 1, []),
    ("Bột sen", "Lotus-root flour", "food", 1, []),
    ("Tinh dầu tràm", "Melaleuca oil", "herbal", 2, []),
    ("Trà khổ qua rừng", "Wild bitter-melon tea", "herbal", 1, []),
    ("Thảm lục bình", "Water-hyacinth rug", "souvenirs", 2, []),
    ("Giỏ lục bình", "Water-hyacinth basket", "souvenirs", 1, []),
    ("Nón lá", "Conical leaf hat", "souvenirs", 1, []),
    ("Khăn rằn", "Checked scarf", "textiles", 1, []),
    ("Du lịch sinh thái vườn", "Orchard eco-tourism", "tourism", 1, []),
]

# (vi, en): what sets one product apart from another of the same kind
QUALIFIERS = [
    ("", ""),
    ("", ""),
    ("loại 1", "grade 1"),
    ("đặc biệt", "premium"),
    ("hữu cơ", "organic"),
    ("sạch", "clean"),
    ("truyền thống", "traditional"),
    ("đặc sản", "speciality"),
    ("gia truyền", "family-recipe"),
    ("hộp quà", "gift box"),
]

SUMMARY_VI = [
    "{name} của {producer}, xã {commune}, huyện Cao Lãnh, tỉnh Đồng Tháp.",
    "Đặc sản {commune}: {lower} làm từ nguyên liệu vùng phù sa sông Tiền, Đồng Tháp.",
    "{name} tươi ngon, được nhà vườn {commune} chăm sóc theo quy trình an toàn.",
    "{name}, sản phẩm OCOP của huyện Cao Lãnh, đóng gói có tem truy xuất.",
]
SUMMARY_EN = [
    "{name_en} from {producer}, {commune} commune, Cao Lãnh district, Đồng Tháp.",
    "A {commune} speciality: {name_en} made from the Tiền river's alluvial farmland.",
    "Fresh {name_en} grown by {commune} families under a safe-farming routine.",
    "{name_en}, an OCOP product of Cao Lãnh district, packed with a trace stamp.",
]
STORY_VI = [
    "Đất phù sa được bồi đắp qua nhiều mùa nước nổi làm vườn cây màu mỡ.",
    "Các hộ thành viên hợp tác xã cùng mua vật tư và bán chung một đầu mối.",
    "Sản phẩm được bày bán tại hội chợ, siêu thị và cửa hàng đặc sản Đồng Tháp.",
    "Nhà vườn bón phân hữu cơ, hạn chế thuốc bảo vệ thực vật theo VietGAP.",
    "Nghề truyền thống được giữ gìn qua ba thế hệ trong gia đình.",
    "Mỗi lô hàng có mã vùng trồng và nhà đóng gói để người mua truy xuất.",
    "Du khách có thể ghé vườn, tự tay thu hoạch và thưởng thức tại chỗ.",
    "Sản phẩm không dùng chất bảo quản, đóng gói hút chân không.",
]
STORY_EN = [
    "Silt left by many flood seasons makes the orchards rich.",
    "Member households of the cooperative buy inputs and sell together.",
    "Sold at trade fairs, supermarkets and Đồng Tháp speciality shops.",
    "Growers use organic fertiliser and few pesticides, following VietGAP.",
    "A traditional craft kept alive for three generations of the family.",
    "Every lot carries its growing-area and packing-house codes for tracing.",
    "Visitors can walk the orchard, pick the fruit and taste it on the spot.",
    "No preservatives; vacuum-packed.",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Kim"]
GIVEN = ["An", "Bình", "Chín", "Dũng", "Hòa", "Hùng", "Lan", "Mai", "Phúc", "Tài"]
PRODUCER_FORMS = [
    ("cooperative", "Hợp tác xã {crop} {commune}"),
    ("cooperative_group", "Tổ hợp tác {crop} {commune}"),
    ("household", "Hộ kinh doanh {person}"),
    ("company", "Công ty TNHH {person}"),
    ("household", "Cơ sở sản xuất {person}"),
]

-- The six national OCOP product groups (Decision 1048/QĐ-TTg and its successors), bilingual.
-- Subgroups and office editing arrive with the catalogue issue.
CREATE TABLE product_groups (
    code            VARCHAR(32)  PRIMARY KEY,
    position        SMALLINT     NOT NULL UNIQUE,
    name_vi         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    description_vi  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL
);

INSERT INTO product_groups (code, position, name_vi, name_en, description_vi, description_en) VALUES
('FOOD', 1, 'Thực phẩm', 'Food',
 'Nông sản tươi và sơ chế, gạo, ngũ cốc, thực phẩm chế biến, gia vị, chè.',
 'Fresh and pre-processed farm produce, rice and cereals, processed food, spices, tea.'),
('DRINKS', 2, 'Đồ uống', 'Drinks',
 'Đồ uống có cồn và không cồn: rượu, nước khoáng, nước ép, đồ uống thảo mộc.',
 'Alcoholic and non-alcoholic drinks: rice wine, mineral water, juices, herbal drinks.'),
('HERBAL', 3, 'Thảo dược', 'Herbal products',
 'Sản phẩm có thành phần từ cây dược liệu: thực phẩm chức năng, thuốc dược liệu, mỹ phẩm.',
 'Products made with medicinal plants: functional food, herbal medicine, cosmetics.'),
('TEXTILES', 4, 'Vải và may mặc', 'Textiles and garments',
 'Sản phẩm dệt, thổ cẩm, lụa và may mặc từ nguyên liệu tự nhiên.',
 'Woven goods, brocade, silk and garments from natural materials.'),
('SOUVENIRS', 5, 'Lưu niệm - nội thất - trang trí', 'Souvenirs, furniture and decoration',
 'Thủ công mỹ nghệ, đồ gỗ, gốm, mây tre đan, sinh vật cảnh.',
 'Handicrafts, woodwork, pottery, rattan and bamboo, ornamental plants.'),
('TOURISM', 6, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and destinations',
 'Dịch vụ tham quan, lưu trú homestay, trải nghiệm làng nghề và điểm du lịch nông thôn.',
 'Sightseeing, homestays, craft-village experiences and rural destinations.');

-- Subgroups of the six OCOP product groups, after the classification of Khánh Hòa's 2020 OCOP plan
-- (sector → group → subgroup → criteria set, domain brief §3.2). criteria_set is the number of the
-- national scoring set (Bộ tiêu chí) used to rate a product of the subgroup; it is known only for
-- the subgroups Khánh Hòa used and stays NULL for the others until the office fills it in.
-- A subgroup belongs to one group for good: products refer to the pair (group, subgroup).
CREATE TABLE product_subgroups (
    code          VARCHAR(48)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    group_code    VARCHAR(32)  NOT NULL REFERENCES product_groups (code),
    position      SMALLINT     NOT NULL CHECK (position BETWEEN 1 AND 999),
    name_vi       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    criteria_set  SMALLINT     CHECK (criteria_set BETWEEN 1 AND 99)
);
CREATE INDEX product_subgroups_group ON product_subgroups (group_code, position);

INSERT INTO product_subgroups (code, group_code, position, name_vi, name_en, criteria_set) VALUES
('FOOD_FRESH_PRODUCE', 'FOOD', 1,
 'Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruit and nuts', 1),
('FOOD_MEAT_EGGS_MILK', 'FOOD', 2,
 'Thịt, trứng, sữa tươi', 'Meat, eggs and fresh milk', 2),
('FOOD_RICE_CEREALS', 'FOOD', 3,
 'Gạo, ngũ cốc', 'Rice and cereals', 3),
('FOOD_FAST_FOOD', 'FOOD', 4,
 'Thực phẩm ăn nhanh', 'Fast food', 5),
('FOOD_FROM_RICE_CEREALS', 'FOOD', 5,
 'Chế biến từ gạo, ngũ cốc', 'Processed from rice and cereals', 6),
('FOOD_FROM_PRODUCE', 'FOOD', 6,
 'Chế biến từ rau, củ, quả, hạt', 'Processed from vegetables, tubers, fruit and nuts', 7),
('FOOD_FROM_SEAFOOD', 'FOOD', 7,
 'Chế biến từ thủy sản, hải sản', 'Processed from aquatic and sea products', 9),
('FOOD_OTHER_SPICES', 'FOOD', 8,
 'Gia vị khác (hành, tỏi, tiêu…)', 'Other spices (shallot, garlic, pepper…)', 11),
('FOOD_OTHER_TEA', 'FOOD', 9,
 'Các sản phẩm khác từ chè', 'Other tea products', 13),
('DRINKS_ALCOHOLIC', 'DRINKS', 1,
 'Đồ uống có cồn', 'Alcoholic drinks', NULL),
('DRINKS_WATER', 'DRINKS', 2,
 'Nước khoáng thiên nhiên, nước uống tinh khiết', 'Natural mineral water and purified drinking water', 17),
('DRINKS_OTHER_NON_ALCOHOLIC', 'DRINKS', 3,
 'Đồ uống không cồn khác', 'Other non-alcoholic drinks', NULL),
('HERBAL_FUNCTIONAL_FOOD', 'HERBAL', 1,
 'Thực phẩm chức năng, thực phẩm bảo vệ sức khỏe', 'Functional food and food supplements', NULL),
('HERBAL_MEDICINE', 'HERBAL', 2,
 'Thuốc dược liệu, thuốc từ dược liệu', 'Herbal medicine', NULL),
('HERBAL_COSMETICS', 'HERBAL', 3,
 'Mỹ phẩm có thành phần từ thảo dược', 'Herbal cosmetics', NULL),
('HERBAL_OTHER', 'HERBAL', 4,
 'Sản phẩm khác từ thảo dược', 'Other herbal products', NULL),
('TEXTILES_FABRICS', 'TEXTILES', 1,
 'Dệt may, thổ cẩm, lụa', 'Textiles, brocade and silk', NULL),
('TEXTILES_GARMENTS', 'TEXTILES', 2,
 'May mặc', 'Garments', NULL),
('SOUVENIRS_FINE_ART', 'SOUVENIRS', 1,
 'Thủ công mỹ nghệ, trang trí', 'Fine-art handicrafts and decoration', 23),
('SOUVENIRS_HOUSEHOLD', 'SOUVENIRS', 2,
 'Thủ công mỹ nghệ gia dụng', 'Household handicrafts', 24),
('SOUVENIRS_ORNAMENTAL', 'SOUVENIRS', 3,
 'Sinh vật cảnh', 'Ornamental plants and animals', NULL),
('SOUVENIRS_FURNITURE', 'SOUVENIRS', 4,
 'Đồ gỗ, nội thất', 'Furniture', NULL),
('TOURISM_COMMUNITY', 'TOURISM', 1,
 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
 'Community tourism and eco-tourism services and destinations', NULL);

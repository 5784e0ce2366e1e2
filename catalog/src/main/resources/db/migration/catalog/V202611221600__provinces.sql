-- The 34 provincial-level units of Vietnam in force since 1 July 2025 (National Assembly
-- Resolution 202/2025/QH15): 6 centrally-run cities and 28 provinces.
--
-- code: a lower-case ASCII slug of the Vietnamese name without the "TP." prefix ("ha-noi",
-- "ho-chi-minh", "dak-lak"). Chosen over ISO 3166-2:VN, which still lists the 63 pre-2025 units,
-- and over the national statistical numbers, so that a code reads the same in a URL, an Excel
-- import and a log line. A code never changes once published.
-- name_folded: VietnameseText.fold(name_vi) written out literally (NFD, marks removed, đ→d, lower
-- case); PlacesTest checks every value against the Java function.
CREATE TABLE provinces (
    code         VARCHAR(32)  PRIMARY KEY CHECK (code ~ '^[a-z]+(-[a-z]+)*$'),
    name_vi      VARCHAR(100) NOT NULL UNIQUE,
    name_en      VARCHAR(100) NOT NULL,
    name_folded  VARCHAR(100) NOT NULL UNIQUE,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('CITY', 'PROVINCE'))
);

INSERT INTO provinces (code, name_vi, name_en, name_folded, kind) VALUES
('ha-noi', 'Hà Nội', 'Hanoi', 'ha noi', 'CITY'),
('hue', 'Huế', 'Hue', 'hue', 'CITY'),
('hai-phong', 'Hải Phòng', 'Hai Phong', 'hai phong', 'CITY'),
('da-nang', 'Đà Nẵng', 'Da Nang', 'da nang', 'CITY'),
('ho-chi-minh', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'tp. ho chi minh', 'CITY'),
('can-tho', 'Cần Thơ', 'Can Tho', 'can tho', 'CITY'),
('an-giang', 'An Giang', 'An Giang', 'an giang', 'PROVINCE'),
('bac-ninh', 'Bắc Ninh', 'Bac Ninh', 'bac ninh', 'PROVINCE'),
('ca-mau', 'Cà Mau', 'Ca Mau', 'ca mau', 'PROVINCE'),
('cao-bang', 'Cao Bằng', 'Cao Bang', 'cao bang', 'PROVINCE'),
('dak-lak', 'Đắk Lắk', 'Dak Lak', 'dak lak', 'PROVINCE'),
('dien-bien', 'Điện Biên', 'Dien Bien', 'dien bien', 'PROVINCE'),
('dong-nai', 'Đồng Nai', 'Dong Nai', 'dong nai', 'PROVINCE'),
('dong-thap', 'Đồng Tháp', 'Dong Thap', 'dong thap', 'PROVINCE'),
('gia-lai', 'Gia Lai', 'Gia Lai', 'gia lai', 'PROVINCE'),
('ha-tinh', 'Hà Tĩnh', 'Ha Tinh', 'ha tinh', 'PROVINCE'),
('hung-yen', 'Hưng Yên', 'Hung Yen', 'hung yen', 'PROVINCE'),
('khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', 'khanh hoa', 'PROVINCE'),
('lai-chau', 'Lai Châu', 'Lai Chau', 'lai chau', 'PROVINCE'),
('lam-dong', 'Lâm Đồng', 'Lam Dong', 'lam dong', 'PROVINCE'),
('lang-son', 'Lạng Sơn', 'Lang Son', 'lang son', 'PROVINCE'),
('lao-cai', 'Lào Cai', 'Lao Cai', 'lao cai', 'PROVINCE'),
('nghe-an', 'Nghệ An', 'Nghe An', 'nghe an', 'PROVINCE'),
('ninh-binh', 'Ninh Bình', 'Ninh Binh', 'ninh binh', 'PROVINCE'),
('phu-tho', 'Phú Thọ', 'Phu Tho', 'phu tho', 'PROVINCE'),
('quang-ngai', 'Quảng Ngãi', 'Quang Ngai', 'quang ngai', 'PROVINCE'),
('quang-ninh', 'Quảng Ninh', 'Quang Ninh', 'quang ninh', 'PROVINCE'),
('quang-tri', 'Quảng Trị', 'Quang Tri', 'quang tri', 'PROVINCE'),
('son-la', 'Sơn La', 'Son La', 'son la', 'PROVINCE'),
('tay-ninh', 'Tây Ninh', 'Tay Ninh', 'tay ninh', 'PROVINCE'),
('thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', 'thai nguyen', 'PROVINCE'),
('thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', 'thanh hoa', 'PROVINCE'),
('tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', 'tuyen quang', 'PROVINCE'),
('vinh-long', 'Vĩnh Long', 'Vinh Long', 'vinh long', 'PROVINCE');

-- Other names a province is known by, so that old records and what people type still find it.
-- PRE_2025: each of the 63 provincial-level units before 1 July 2025, mapped to the one unit it
--   became part of (the 11 unchanged units map to themselves; Huế's pre-2025 name is the province
--   Thừa Thiên Huế, a centrally-run city since 1 January 2025). name_en: its English name.
-- VARIANT: common abbreviations and spellings ("TPHCM", "Sài Gòn", "Đắc Lắc").
-- alias_folded is the key: one folded name can never point at two provinces.
CREATE TABLE province_aliases (
    alias_folded   VARCHAR(100) PRIMARY KEY,
    alias          VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100),
    province_code  VARCHAR(32)  NOT NULL REFERENCES provinces (code),
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('PRE_2025', 'VARIANT'))
);
CREATE INDEX province_aliases_province ON province_aliases (province_code);

INSERT INTO province_aliases (alias, alias_folded, name_en, province_code, kind) VALUES
('Hà Nội', 'ha noi', 'Hanoi', 'ha-noi', 'PRE_2025'),
('Thừa Thiên Huế', 'thua thien hue', 'Thua Thien Hue', 'hue', 'PRE_2025'),
('Hải Phòng', 'hai phong', 'Hai Phong', 'hai-phong', 'PRE_2025'),
('Hải Dương', 'hai duong', 'Hai Duong', 'hai-phong', 'PRE_2025'),
('Đà Nẵng', 'da nang', 'Da Nang', 'da-nang', 'PRE_2025'),
('Quảng Nam', 'quang nam', 'Quang Nam', 'da-nang', 'PRE_2025'),
('Thành phố Hồ Chí Minh', 'thanh pho ho chi minh', 'Ho Chi Minh City', 'ho-chi-minh', 'PRE_2025'),
('Bình Dương', 'binh duong', 'Binh Duong', 'ho-chi-minh', 'PRE_2025'),
('Bà Rịa – Vũng Tàu', 'ba ria – vung tau', 'Ba Ria – Vung Tau', 'ho-chi-minh', 'PRE_2025'),
('Cần Thơ', 'can tho', 'Can Tho', 'can-tho', 'PRE_2025'),
('Sóc Trăng', 'soc trang', 'Soc Trang', 'can-tho', 'PRE_2025'),
('Hậu Giang', 'hau giang', 'Hau Giang', 'can-tho', 'PRE_2025'),
('An Giang', 'an giang', 'An Giang', 'an-giang', 'PRE_2025'),
('Kiên Giang', 'kien giang', 'Kien Giang', 'an-giang', 'PRE_2025'),
('Bắc Ninh', 'bac ninh', 'Bac Ninh', 'bac-ninh', 'PRE_2025'),
('Bắc Giang', 'bac giang', 'Bac Giang', 'bac-ninh', 'PRE_2025'),
('Cà Mau', 'ca mau', 'Ca Mau', 'ca-mau', 'PRE_2025'),
('Bạc Liêu', 'bac lieu', 'Bac Lieu', 'ca-mau', 'PRE_2025'),
('Cao Bằng', 'cao bang', 'Cao Bang', 'cao-bang', 'PRE_2025'),
('Đắk Lắk', 'dak lak', 'Dak Lak', 'dak-lak', 'PRE_2025'),
('Phú Yên', 'phu yen', 'Phu Yen', 'dak-lak', 'PRE_2025'),
('Điện Biên', 'dien bien', 'Dien Bien', 'dien-bien', 'PRE_2025'),
('Đồng Nai', 'dong nai', 'Dong Nai', 'dong-nai', 'PRE_2025'),
('Bình Phước', 'binh phuoc', 'Binh Phuoc', 'dong-nai', 'PRE_2025'),
('Đồng Tháp', 'dong thap', 'Dong Thap', 'dong-thap', 'PRE_2025'),
('Tiền Giang', 'tien giang', 'Tien Giang', 'dong-thap', 'PRE_2025'),
('Gia Lai', 'gia lai', 'Gia Lai', 'gia-lai', 'PRE_2025'),
('Bình Định', 'binh dinh', 'Binh Dinh', 'gia-lai', 'PRE_2025'),
('Hà Tĩnh', 'ha tinh', 'Ha Tinh', 'ha-tinh', 'PRE_2025'),
('Hưng Yên', 'hung yen', 'Hung Yen', 'hung-yen', 'PRE_2025'),
('Thái Bình', 'thai binh', 'Thai Binh', 'hung-yen', 'PRE_2025'),
('Khánh Hòa', 'khanh hoa', 'Khanh Hoa', 'khanh-hoa', 'PRE_2025'),
('Ninh Thuận', 'ninh thuan', 'Ninh Thuan', 'khanh-hoa', 'PRE_2025'),
('Lai Châu', 'lai chau', 'Lai Chau', 'lai-chau', 'PRE_2025'),
('Lâm Đồng', 'lam dong', 'Lam Dong', 'lam-dong', 'PRE_2025'),
('Đắk Nông', 'dak nong', 'Dak Nong', 'lam-dong', 'PRE_2025'),
('Bình Thuận', 'binh thuan', 'Binh Thuan', 'lam-dong', 'PRE_2025'),
('Lạng Sơn', 'lang son', 'Lang Son', 'lang-son', 'PRE_2025'),
('Lào Cai', 'lao cai', 'Lao Cai', 'lao-cai', 'PRE_2025'),
('Yên Bái', 'yen bai', 'Yen Bai', 'lao-cai', 'PRE_2025'),
('Nghệ An', 'nghe an', 'Nghe An', 'nghe-an', 'PRE_2025'),
('Ninh Bình', 'ninh binh', 'Ninh Binh', 'ninh-binh', 'PRE_2025'),
('Hà Nam', 'ha nam', 'Ha Nam', 'ninh-binh', 'PRE_2025'),
('Nam Định', 'nam dinh', 'Nam Dinh', 'ninh-binh', 'PRE_2025'),
('Phú Thọ', 'phu tho', 'Phu Tho', 'phu-tho', 'PRE_2025'),
('Vĩnh Phúc', 'vinh phuc', 'Vinh Phuc', 'phu-tho', 'PRE_2025'),
('Hòa Bình', 'hoa binh', 'Hoa Binh', 'phu-tho', 'PRE_2025'),
('Quảng Ngãi', 'quang ngai', 'Quang Ngai', 'quang-ngai', 'PRE_2025'),
('Kon Tum', 'kon tum', 'Kon Tum', 'quang-ngai', 'PRE_2025'),
('Quảng Ninh', 'quang ninh', 'Quang Ninh', 'quang-ninh', 'PRE_2025'),
('Quảng Trị', 'quang tri', 'Quang Tri', 'quang-tri', 'PRE_2025'),
('Quảng Bình', 'quang binh', 'Quang Binh', 'quang-tri', 'PRE_2025'),
('Sơn La', 'son la', 'Son La', 'son-la', 'PRE_2025'),
('Tây Ninh', 'tay ninh', 'Tay Ninh', 'tay-ninh', 'PRE_2025'),
('Long An', 'long an', 'Long An', 'tay-ninh', 'PRE_2025'),
('Thái Nguyên', 'thai nguyen', 'Thai Nguyen', 'thai-nguyen', 'PRE_2025'),
('Bắc Kạn', 'bac kan', 'Bac Kan', 'thai-nguyen', 'PRE_2025'),
('Thanh Hóa', 'thanh hoa', 'Thanh Hoa', 'thanh-hoa', 'PRE_2025'),
('Tuyên Quang', 'tuyen quang', 'Tuyen Quang', 'tuyen-quang', 'PRE_2025'),
('Hà Giang', 'ha giang', 'Ha Giang', 'tuyen-quang', 'PRE_2025'),
('Vĩnh Long', 'vinh long', 'Vinh Long', 'vinh-long', 'PRE_2025'),
('Bến Tre', 'ben tre', 'Ben Tre', 'vinh-long', 'PRE_2025'),
('Trà Vinh', 'tra vinh', 'Tra Vinh', 'vinh-long', 'PRE_2025');

INSERT INTO province_aliases (alias, alias_folded, name_en, province_code, kind) VALUES
('TT-Huế', 'tt-hue', NULL, 'hue', 'VARIANT'),
('Haiphong', 'haiphong', NULL, 'hai-phong', 'VARIANT'),
('Danang', 'danang', NULL, 'da-nang', 'VARIANT'),
('Hồ Chí Minh', 'ho chi minh', NULL, 'ho-chi-minh', 'VARIANT'),
('TP.HCM', 'tp.hcm', NULL, 'ho-chi-minh', 'VARIANT'),
('TPHCM', 'tphcm', NULL, 'ho-chi-minh', 'VARIANT'),
('HCM', 'hcm', NULL, 'ho-chi-minh', 'VARIANT'),
('HCMC', 'hcmc', NULL, 'ho-chi-minh', 'VARIANT'),
('Sài Gòn', 'sai gon', 'Saigon', 'ho-chi-minh', 'VARIANT'),
('Saigon', 'saigon', NULL, 'ho-chi-minh', 'VARIANT'),
('BR-VT', 'br-vt', NULL, 'ho-chi-minh', 'VARIANT'),
('Đắc Lắc', 'dac lac', NULL, 'dak-lak', 'VARIANT'),
('Daklak', 'daklak', NULL, 'dak-lak', 'VARIANT'),
('Đắc Nông', 'dac nong', NULL, 'lam-dong', 'VARIANT'),
('Kontum', 'kontum', NULL, 'quang-ngai', 'VARIANT'),
('Bắc Cạn', 'bac can', NULL, 'thai-nguyen', 'VARIANT');

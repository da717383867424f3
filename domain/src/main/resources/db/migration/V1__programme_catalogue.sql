-- Programme catalogue (POLICY.md §1). Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 14+.
-- reserved is written only by conditional UPDATEs (ProgrammeRepository.reserve/release).
create table programme (
    code          varchar(16)  not null primary key,
    name_ko       varchar(200) not null,
    name_en       varchar(200) not null,
    agency        varchar(200) not null,
    gives         varchar(1000) not null,
    capacity_unit varchar(8)   not null,
    capacity      bigint,
    reserved      bigint       not null default 0,
    version       bigint       not null default 0,
    constraint programme_reserved_not_negative check (reserved >= 0),
    constraint programme_reserved_within_capacity check (capacity is null or reserved <= capacity)
);

insert into programme (code, name_ko, name_en, agency, gives, capacity_unit, capacity) values
('P01', '고성능컴퓨팅 지원사업', 'HPC cloud support', 'MSIT/NIPA', '클라우드 GPU 이용 지원, 최대 16장·4개월', 'GPU', 1060),
('P02', '첨단 GPU 확보·배분', 'Government GPU allocation', 'MSIT/NIPA', 'GPU 17–256장, 최대 12개월, 자부담 있음', 'GPU', 4000),
('P03', '국가AI컴퓨팅센터', 'National AI Computing Center', 'MSIT/NIPA', '국가 차원의 장기 컴퓨팅 자원, 국산 NPU 도입', 'NONE', null),
('P04', '독자 AI 파운데이션 모델', 'Sovereign foundation model', 'MSIT/NIPA', '공모 선정 시 GPU·데이터·인재 패키지 지원', 'NONE', null),
('P05', '국산 AI반도체 실증·사업화', 'Domestic AI-chip validation', 'MSIT/NIPA', '테스트베드, 국산 NPU 기반 서비스 전환 실증', 'NONE', null),
('P06', '공공조달·혁신제품', 'Public procurement / first buyer', 'PPS, MSIT', '나라장터 등록, 혁신제품 지정·시범구매', 'NONE', null),
('P07', 'AI 바우처', 'AI voucher', 'MSIT/NIPA', '수요기업당 최대 2억 원 AI 솔루션 도입 지원', 'KRW', 27000000000),
('P08', '데이터 바우처·AI 학습용 데이터 구축', 'Data voucher / training data', 'MSIT/K-Data/NIA', '데이터 구매·가공, 학습용 데이터셋 구축', 'KRW', null),
('P09', '데이터 안심구역·가명정보 결합', 'Data safe zones', 'MSIT, PIPC', '민감 데이터의 통제된 분석 환경, 가명정보 결합', 'NONE', null),
('P10', '보건의료데이터 활용', 'Health & medical data', 'MOHW', '보건의료데이터 가이드라인, 데이터심의위원회(DRB), 의료데이터 접근', 'NONE', null),
('P11', 'ICT 규제샌드박스·전파', 'ICT regulatory sandbox & spectrum', 'MSIT/NIPA, KCA', '신속확인, 실증특례, 임시허가, 이음5G 주파수', 'NONE', null),
('P12', '전력계통·입지 지원', 'Power grid & siting', 'Ministry of Climate, Energy & Environment, KEPCO', '전력계통영향평가, 비수도권 입지 인센티브', 'NONE', null),
('P13', '해외진출 지원', 'Global expansion', 'MSIT/NIPA', '해외 실증(PoC), 수요처 매칭', 'NONE', null),
('P14', 'AX 확산', 'AI transformation diffusion', 'multi-ministry', 'AI 제품·공공 AI 서비스 확산 지원금', 'NONE', null),
('P15', '팁스', 'TIPS', 'MSS', '민간 투자 연계 R&D 자금', 'NONE', null),
('BACKLOG', '정책과제 이관', 'Policy backlog', 'MSIT', '지원사업이 없는 요청을 정책과제로 관리', 'NONE', null);

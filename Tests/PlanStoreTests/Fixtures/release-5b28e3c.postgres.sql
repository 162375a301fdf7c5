--
-- PostgreSQL database dump
--

\restrict 2oly3jfDwhk1rufuKCeGOvzP7cEYR3usUZh9Ws58nnS2UoOga9Q0ZFVuXO5xz8b

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: _fluent_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_sessions (
    id uuid NOT NULL,
    key text NOT NULL,
    data jsonb NOT NULL
);


--
-- Name: actuals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actuals (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    indicator_key text NOT NULL,
    fiscal_year text NOT NULL,
    value text,
    note text NOT NULL,
    entered_by text NOT NULL,
    entered_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: audit_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entries (
    id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_key text NOT NULL,
    before text NOT NULL,
    after text NOT NULL
);


--
-- Name: data_stamp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_stamp (
    id integer NOT NULL,
    value bigint NOT NULL
);


--
-- Name: departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.departments (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    name text NOT NULL
);


--
-- Name: directions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.directions (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    key text NOT NULL,
    goal_code text NOT NULL,
    text text NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: goals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.goals (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: grading_scales; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.grading_scales (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    bands text NOT NULL
);


--
-- Name: import_notes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_notes (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    kind text NOT NULL,
    source_document text NOT NULL,
    source_line bigint NOT NULL,
    message text NOT NULL
);


--
-- Name: indicators; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.indicators (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    key text NOT NULL,
    placement_key text NOT NULL,
    part bigint,
    name text NOT NULL,
    unit text NOT NULL,
    kind text NOT NULL,
    kind_overridden boolean NOT NULL,
    lower_is_better boolean NOT NULL,
    total text,
    target_r6 text,
    target_r7 text,
    target_r8 text,
    target_r9 text,
    target_r13 text,
    source_document text,
    source_line bigint
);


--
-- Name: measures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measures (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    key text NOT NULL,
    direction_key text NOT NULL,
    number bigint,
    name text NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: placements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.placements (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    key text NOT NULL,
    goal_code text NOT NULL,
    direction_key text NOT NULL,
    measure_key text NOT NULL,
    project_name text NOT NULL,
    content text NOT NULL,
    roadmap_r6 text NOT NULL,
    roadmap_r9 text NOT NULL,
    roadmap_r13 text NOT NULL,
    relisted boolean NOT NULL,
    original_key text,
    priority boolean NOT NULL,
    implementation_plan boolean NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plans (
    id uuid NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    municipality text NOT NULL,
    first_year text NOT NULL,
    last_year text NOT NULL,
    version bigint NOT NULL,
    imported_at timestamp with time zone NOT NULL
);


--
-- Name: policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policies (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    number bigint NOT NULL,
    title text NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: project_assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_assignments (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    project_key text NOT NULL,
    department_id uuid NOT NULL,
    lead boolean NOT NULL
);


--
-- Name: self_evaluations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.self_evaluations (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    project_key text NOT NULL,
    fiscal_year text NOT NULL,
    text text NOT NULL,
    direction text NOT NULL,
    milestones text NOT NULL,
    entered_by text NOT NULL,
    entered_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: submissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.submissions (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    department_id uuid NOT NULL,
    fiscal_year text NOT NULL,
    state text NOT NULL,
    comment text NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: target_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.target_revisions (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    indicator_key text NOT NULL,
    fiscal_year text NOT NULL,
    value text,
    decided_on text NOT NULL,
    reason text NOT NULL,
    entered_by text NOT NULL,
    entered_at timestamp with time zone NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    department_id uuid,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    plan_slug text
);


--
-- Name: vision_chart_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vision_chart_items (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    kind text NOT NULL,
    heading text NOT NULL,
    text text NOT NULL,
    plan_vision bigint,
    source_document text,
    source_line bigint
);


--
-- Name: visions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visions (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    "position" bigint NOT NULL,
    number bigint NOT NULL,
    policy_number bigint NOT NULL,
    title text NOT NULL,
    source_document text,
    source_line bigint
);


--
-- Name: year_locks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.year_locks (
    id uuid NOT NULL,
    plan_slug text NOT NULL,
    fiscal_year text NOT NULL,
    locked boolean NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
b4dd99db-8716-4e00-837a-18d67d81a42a	PlanStore.CreatePlanTables	1	2026-12-01 19:17:34.015666+00	2026-12-01 19:17:34.015666+00
e13e0962-e40e-4a27-9252-dd9cc7eeee42	PlanStore.AddYearlyCycle	1	2026-12-01 19:17:34.041207+00	2026-12-01 19:17:34.041207+00
e30100a0-31d1-400b-9354-18342400f2a6	PlanStore.AddTargetRevisions	1	2026-12-01 19:17:34.046093+00	2026-12-01 19:17:34.046093+00
795cfff8-8bb0-4414-a56f-578ccd4c7580	PlanStore.AddPlanToUsers	1	2026-12-01 19:17:34.048817+00	2026-12-01 19:17:34.048817+00
edc99e63-b399-4109-866c-0f20f991e643	Fluent.SessionRecord.Create	1	2026-12-01 19:17:34.05255+00	2026-12-01 19:17:34.05255+00
69781e8d-ca03-4ae1-9335-6a3b672201d5	PlanStore.AddDataStamp	1	2026-12-01 19:17:34.056656+00	2026-12-01 19:17:34.056656+00
babed96e-9ed0-4514-8678-ab8709d04907	PlanStore.AddPlanIndexes	1	2026-12-01 19:17:34.069232+00	2026-12-01 19:17:34.069232+00
\.


--
-- Data for Name: _fluent_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_sessions (id, key, data) FROM stdin;
4cb01d6a-abe9-4087-bf07-982504b6b60e	V5SltKu2PnLTTygmWdih9tNdfgPA784GEVQ/7ux3FX8=	{"csrf": "cw9l4d408n60qIznYUOnry1wNMEZzpkd"}
3bfd344e-229a-4643-8141-5be5129483b2	eGh3vx8Ze4Ve3XvMczQpG8v8Vr3sGLDKOnZ1hbqbq5A=	{"csrf": "cw9l4d408n60qIznYUOnry1wNMEZzpkd", "seen": "1796152660.2597847", "user": "E4B04346-EE9D-4D85-80B0-DEFD725FB27C"}
\.


--
-- Data for Name: actuals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.actuals (id, plan_slug, indicator_key, fiscal_year, value, note, entered_by, entered_at, version) FROM stdin;
2811d0b0-42d7-4321-9478-daaaad34c4a1	setagaya	1-1.1.1	R6	71.3	アプリ調査による	shogyo1	2026-12-01 19:17:37.216767+00	1
c4f44c00-cf21-446d-ac63-adf8061c929d	setagaya	1-1.3.1	R6	4		shogyo1	2026-12-01 19:17:37.216767+00	1
e6d8097f-6dfc-4937-8903-90701155dbc1	setagaya	2-1.2.1	R6	612		kogyo	2026-12-01 19:17:37.376228+00	1
\.


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entries (id, at, actor, action, entity, entity_key, before, after) FROM stdin;
1f84d580-506f-4ec9-b954-df137b020bf2	2026-12-01 19:17:35.052308+00	計画担当A	課の追加	department	商業課		商業課
a7f1729a-9a1b-402c-aad1-a0a219df27d7	2026-12-01 19:17:35.243449+00	計画担当A	課の追加	department	工業・ものづくり・雇用促進課		工業・ものづくり・雇用促進課
12d09e27-9c62-495b-8110-1a09d396570e	2026-12-01 19:17:35.656351+00	計画担当A	利用者の追加	user	office1		役割=office 計画=setagaya
7573d9f0-8af6-4bc5-a83a-30e8f36d3332	2026-12-01 19:17:36.072131+00	計画担当A	利用者の追加	user	shogyo1		役割=department 課=商業課 計画=setagaya
13515646-9eca-4818-aa14-7aca62505afc	2026-12-01 19:17:36.488835+00	計画担当A	利用者の追加	user	giin1		役割=reviewer 計画=setagaya
72bce0ef-ad2d-429f-af48-ac4c1718f272	2026-12-01 19:17:36.705681+00	計画担当A	事業の所管	assignment	1-1.1		商業課（主管）
fba5510a-0708-4acb-847e-e851a5640df3	2026-12-01 19:17:36.890428+00	計画担当A	事業の所管	assignment	1-1.3		商業課（主管）
dc3a3fa2-7a59-48ed-beec-f648f8e89811	2026-12-01 19:17:37.056906+00	計画担当A	事業の所管	assignment	2-1.2		工業・ものづくり・雇用促進課（主管）
8183e738-7c3b-40c0-b208-c6d6e1c19f28	2026-12-01 19:17:37.216767+00	shogyo1	実績の入力	actual	1-1.1.1 R6		71.3（アプリ調査による）
58f22f7e-fc67-4332-b188-2b00951a76fa	2026-12-01 19:17:37.216768+00	shogyo1	実績の入力	actual	1-1.3.1 R6		4
dd4441c0-a3d0-46df-8539-325eedd22973	2026-12-01 19:17:37.376228+00	kogyo	実績の入力	actual	2-1.2.1 R6		612
e2a63f60-1db5-4e99-a8b5-b840b4c90a31	2026-12-01 19:17:37.530916+00	shogyo1	手続き: 提出	submission	商業課 R6	入力中	提出済み
6f0ca1d0-50ee-4b60-9785-b89bc047b28c	2026-12-01 19:17:37.683623+00	office1	手続き: 承認	submission	商業課 R6	提出済み	承認済み
f4f25e1d-9c3c-4ec6-9561-856d7814cb56	2026-12-01 19:17:37.838457+00	office1	手続き: 公表	submission	商業課 R6	承認済み	公表済み
72107e64-a346-4e96-b15e-b07caa23ea93	2026-12-01 19:17:38.00603+00	kogyo	手続き: 提出	submission	工業・ものづくり・雇用促進課 R6	入力中	提出済み
5f5a01f3-1efd-4cca-b52e-a6623d14a6d7	2026-12-01 19:17:38.183638+00	office1	手続き: 差し戻し	submission	工業・ものづくり・雇用促進課 R6	提出済み	差し戻し（相談件数の内訳を備考に書いてください）
dc613ac6-5a90-49e4-82cf-79645cd6dc16	2026-12-01 19:17:38.361941+00	office1	目標値の見直し	target	2-1.2.1 R8	700	720（2026-04-01 中間見直しで上方修正）
465f7bdc-002a-4fc7-a5e8-8f021deb3cdf	2026-12-01 19:17:38.558833+00	office1	評価の段階の変更	grading	setagaya	A:100,B:80,C:50,D:0	S:110,A:100,B:80,C:50,D:0
767c9a3b-dc68-4267-9d33-0bbc6d01cbc5	2026-12-01 19:17:38.71396+00	office1	年度のロック	year	R6	入力可	ロック（確定）
e4064513-14e0-4420-9567-c0be3cdb47b7	2026-12-01 19:17:38.869119+00	office1	年度のロック解除（再開）	year	R6	ロック	入力可（訂正のため再開）
9438d99f-6b14-4a46-88ee-34de47654a6d	2026-12-01 19:17:40.271402+00	shogyo1	自己評価の入力	self_evaluation	1-1.3 R7		改善・継続 モデル地域で勉強会を4回開催した [{"comment":"予定どおり","status":"達成","year":"R6"},{"comment":"","year":"R9"},{"comment":"","year":"R13"}]
\.


--
-- Data for Name: data_stamp; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.data_stamp (id, value) FROM stdin;
1	21
\.


--
-- Data for Name: departments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.departments (id, plan_slug, name) FROM stdin;
14b57b2e-90ad-4507-90b8-2987739cb6b2	setagaya	商業課
efbfda02-d330-4033-8738-6c8ef5bab1c7	setagaya	工業・ものづくり・雇用促進課
\.


--
-- Data for Name: directions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.directions (id, plan_id, "position", key, goal_code, text, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b00000036	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1-1/1	1-1	個店の積極的な企業活動を後押しする取組みや環境を構築とともに、空き店舗等の発生の予防に取り組みます。	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b00000037	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	1-1/2	1-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000038	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	1-1/3	1-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000039	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	1-1/4	1-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000003a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	1-2/1	1-2	時代変化を踏まえた世田谷工業の競争力維持と活性化に取り組むとともに、区内工業の魅力発信と、未来のものづくり人材育成につながる連携や取組みを後押しします。	000_206d5557473b3492.txt	33
f2a8a75f-ccc6-46fd-aba8-4c7b0000003b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	1-2/2	1-2		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000003c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	1-3/1	1-3	世田谷の農業の振興を図るとともに、みどり豊かな環境を守り続けるために、生産緑地の貸借制度等を活用していきます。また、区民と農業の接点を増やしていくことで都市農業への理解を深め、農地の維持・保全を図っていきます。	000_206d5557473b3492.txt	42
f2a8a75f-ccc6-46fd-aba8-4c7b0000003d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	1-4/1	1-4	持続可能な都市環境を維持し、区民の安全かつ安心な生活を守るために、公共事業の区内事業者の受注機会を確保し、地域に根差した建設業の継続的な振興を図っていきます。	000_206d5557473b3492.txt	66
f2a8a75f-ccc6-46fd-aba8-4c7b0000003e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	1-4/2	1-4	人材確保や定着等の事業継続に向けた取組みの後押しを行っていきます。	000_206d5557473b3492.txt	69
f2a8a75f-ccc6-46fd-aba8-4c7b0000003f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	1-4/3	1-4	脱炭素化やまちづくりの担い手としての公共的役割や、区民への地域貢献活動への後押しに取り組みます。	000_206d5557473b3492.txt	72
f2a8a75f-ccc6-46fd-aba8-4c7b00000040	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	1-5/1	1-5	各産業の強みや魅力、資源等を見る化し、産業間の連携や連関を促すことで、新たな価値の創出や事業経営の安定等を後押しします。	000_206d5557473b3492.txt	83
f2a8a75f-ccc6-46fd-aba8-4c7b00000041	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	1-5/2	1-5		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000042	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	2-1/1	2-1	事業者による資金需要を支えるため、融資あっせんの継続的な実施と利子補給を実施します。また、経営相談等窓口の拡充など、セーフティネットの提供と充実に取り組みます。	000_206d5557473b3492.txt	91
f2a8a75f-ccc6-46fd-aba8-4c7b00000043	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	2-1/2	2-1	事業活動を下支えする施策や取組み(セーフティネット)に関する情報について、必要とする区内事業者がより情報取得しやすくなる環境の構築に取り組みます。	000_206d5557473b3492.txt	94
f2a8a75f-ccc6-46fd-aba8-4c7b00000044	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	2-2/1	2-2	事業者による設備投資の促進や、販路開拓・拡大の取組みを後押しするとともに、新技術の活用、新商品開発等の取組みを促進します。さらに、従業員等のスキルの向上(リスキリング等)や事業者間の協業・連携を促進する機会や場の構築を進めます。	000_206d5557473b3492.txt	103
f2a8a75f-ccc6-46fd-aba8-4c7b00000045	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	2-3/1	2-3	事業効率化や事業課題の解決に向けて、区内事業者のITツールの導入やデジタル化・DX化を促進します。	000_206d5557473b3492.txt	121
f2a8a75f-ccc6-46fd-aba8-4c7b00000046	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	2-4/1	2-4	従業員の確保に資する支援や雇用、従業員エンゲージメントに関する相談の場の充実、経営者による経営課題や取組みを共有する場や機会の構築、安定的な事業経営基盤や体制の構築を後押しします。	000_206d5557473b3492.txt	123
f2a8a75f-ccc6-46fd-aba8-4c7b00000047	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	2-4/2	2-4	地域における事業者と消費者の相互理解の増進や、地域内での事業者間の協業・連携の促進、地域内での取引促進の仕組みの検討など、地域における事業者の顔の見える化の検討をします。	000_206d5557473b3492.txt	134
f2a8a75f-ccc6-46fd-aba8-4c7b00000048	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	2-5/1	2-5	受発注時等に弱い立場となりがちな個人事業主やフリーランス等が安心・安定して事業に取り組むことができるよう、価格交渉や納期設定など取引の適正化に係る関係法令やガイドラインの周知強化、相談窓口を通じた相談対応の充実などを図ります。	000_206d5557473b3492.txt	149
f2a8a75f-ccc6-46fd-aba8-4c7b00000049	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	2-5/2	2-5	必要とする事業者に事業経営等に有効な情報が届く広報を実施するとともに、事業に有効な統計データの提供等、情報へ円滑にアクセスできる環境の改善・構築を行います。	000_206d5557473b3492.txt	151
f2a8a75f-ccc6-46fd-aba8-4c7b0000004a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	2-6/1	2-6	災害時等に備えた知識やノウハウの普及啓発、事業継続計画(BCP)の策定支援など、災害時・復旧時等の強靭かつしなやかな対応に繋がる普及啓発や環境の充実を図ります。	000_206d5557473b3492.txt	163
f2a8a75f-ccc6-46fd-aba8-4c7b0000004b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	2-7/1	2-7	事業者のオフィス環境の確保に向けた情報発信、インフラや生活環境の向上に向けた意見交換や関係所管への働きかけといったソフト面の支援や、店舗誘致や地域資源活用といったハード面の支援により、企業・事業者が区内に定着しやすい環境の構築を図ります。	000_206d5557473b3492.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b0000004c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	3-1/1	3-1	事業承継時に必要となる知識やノウハウ等に関する情報発信や普及啓発に取り組みます。また、事業承継を検討する事業者の情報が共有される仕組みを通じて、後継者(担い手)候補との情報交換やマッチングを促進するなど、円滑な事業承継に向けた環境整備を行っています。	000_206d5557473b3492.txt	177
f2a8a75f-ccc6-46fd-aba8-4c7b0000004d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	3-1/2	3-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000004e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	3-2/1	3-2	公共的役割を担う産業団体等組織の活性化や活動の円滑化を後押しします。	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b0000004f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	3-3/1	3-3	工業や建設業、農業分野をはじめとする産業分野と教育分野の交流機会の増加を図り、日常の中で子どもと職が出会う機会を創出し、職業選択の多様性を図るとともに、担い手育成に資する環境整備や取組みを進めます。	000_206d5557473b3492.txt	194
f2a8a75f-ccc6-46fd-aba8-4c7b00000050	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	4-1/1	4-1	子どもと親が同空間で働くことができる場の整備に取り組み、子どもフレンドリーな意識を持つ企業の活動を後押しします。	000_206d5557473b3492.txt	205
f2a8a75f-ccc6-46fd-aba8-4c7b00000051	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	4-1/2	4-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000052	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	4-1/3	4-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000053	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	4-1/4	4-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000054	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	4-1/5	4-1	安心してチャレンジできることや再チャレンジを後押しするため、セーフティネットの充実やリスキリング、採用に関する機会の創出などを行います。	000_206d5557473b3492.txt	218
f2a8a75f-ccc6-46fd-aba8-4c7b00000055	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	4-1/6	4-1	中間支援機能を持つ組織との連携を強化し、効果的に新たなチャレンジを後押しします。	000_206d5557473b3492.txt	224
f2a8a75f-ccc6-46fd-aba8-4c7b00000056	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	4-2/1	4-2	地域の多様な専門人材やフリーランス人材などと地域産業の接点の増加を促し、地域の産業支援につながる双方の成長と新たな価値の創出を後押しします。	000_206d5557473b3492.txt	234
f2a8a75f-ccc6-46fd-aba8-4c7b00000057	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	4-3/1	4-3	起業・創業に必要な知識やノウハウ等に関する情報や理解を得ることができるメールマガジンの配信や創業セミナーの開催及び質の向上を図るとともに、オンライン活用やライフスタイルに応じた対応などの利便性の向上を図ります。	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b00000058	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	4-3/2	4-3	資金調達や手続き等に関する相談の場や機会を構築・拡充します。	000_206d5557473b3492.txt	247
f2a8a75f-ccc6-46fd-aba8-4c7b00000059	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	4-3/3	4-3	起業・創業者の意欲や思いに対して、区民が応援する仕組みの検討・構築を行います。	000_206d5557473b3492.txt	249
f2a8a75f-ccc6-46fd-aba8-4c7b0000005a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	4-4/1	4-4	産業分野とスポーツ、教育、自然、文化等多様なコンテンツを通じたつながりや交流・連閣を促進し、区内産業や街を身近に感じる(自分ごと化)ことができる機会を通じて、区内産業を応援したいと考える土壤を醸成します。	000_206d5557473b3492.txt	252
f2a8a75f-ccc6-46fd-aba8-4c7b0000005b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	5-1/1	5-1	就労支援やマッチング、キャリア相談の窓口等を充実させ、求職者がニーズに沿った仕事に就けるよう、就労環境整備に取り組みます。	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b0000005c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	5-1/2	5-1	人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	000_206d5557473b3492.txt	263
f2a8a75f-ccc6-46fd-aba8-4c7b0000005d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	5-2/1	5-2	働く場所や空間、会議室等スペース等の整備に取り組み、どこでも働くことができ創造性が発揮される環境を整備します。	000_206d5557473b3492.txt	264
f2a8a75f-ccc6-46fd-aba8-4c7b0000005e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	5-2/2	5-2	新たな価値創出や気づきにつながる交流機会の創出や環境の構築に取り組みます。	000_206d5557473b3492.txt	266
f2a8a75f-ccc6-46fd-aba8-4c7b0000005f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	5-3/1	5-3	スキルや時間を提供したい人と事業者のマッチングの場や機会を創出・充実します。	000_206d5557473b3492.txt	276
f2a8a75f-ccc6-46fd-aba8-4c7b00000060	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	5-3/2	5-3	企業内創業や兼業・副業等多様な働き方への理解や後押しを促すとともに、兼業・副業に関する労働法制や健康管理等、留意する必要があるルール等の意識の向上や普及啓発などに取り組みます。	000_206d5557473b3492.txt	279
f2a8a75f-ccc6-46fd-aba8-4c7b00000061	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	5-3/3	5-3	同一労働同一賃金をはじめとした、雇用形態にかかわらない公正な待遇が確保されるよう、正規/非正規雇用労働者間の不合理な待遇差解消に関する指針やガイドライン等の周知強化を図るとともに、正規雇用での就職を目指す方への職業相談や就職支援を行います。	000_206d5557473b3492.txt	281
f2a8a75f-ccc6-46fd-aba8-4c7b00000062	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	5-3/4	5-3	受発注時等に弱い立場となりがちな個人事業主やフリーランス等が安定して事業に取り組むことができるよう、価格交渉や納期設定など取引の適正化に係る関係法令やガイドラインの周知強化、相談窓口を通じた相談対応の充実などを図ります。	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b00000063	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	6-1/1	6-1	情報発信やセミナー等を通じて、事業者の「健康経営」に関する意識の向上や普及啓発を図ります。	000_206d5557473b3492.txt	290
f2a8a75f-ccc6-46fd-aba8-4c7b00000064	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	6-1/2	6-1	勤労者福祉サービス(セラ・サービス)のメニューの充実や相談窓口機能の向上など利便性向上を図ります。	000_206d5557473b3492.txt	292
f2a8a75f-ccc6-46fd-aba8-4c7b00000065	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	6-2/1	6-2	事業者側に、テレワークやフレックス制、時短労働など多様な働き方に関する理解をさらに促し、意識の普及啓発を図ります。	000_206d5557473b3492.txt	293
f2a8a75f-ccc6-46fd-aba8-4c7b00000066	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	6-3/1	6-3	障害のある方が一人ひとりの能力や特性に応じて働けるように、雇用者への理解促進や普及啓発を進めます。	000_206d5557473b3492.txt	302
f2a8a75f-ccc6-46fd-aba8-4c7b00000067	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	6-3/2	6-3	メンタルヘルスやハラスメント等の相談窓口機能の向上を図ります。 地域における活躍の場や機会の創出、事業者との連携や交流等を通じて、それぞれの生きがいや社会での役割との出会いの促進を図ります。 シニアの働く意欲とニーズを実現するため、シニア就労メニューを充実させ、就労を望む区民が健康に働き続けることができる環境づくりを進めます。	000_206d5557473b3492.txt	306
f2a8a75f-ccc6-46fd-aba8-4c7b00000068	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	6-3/3	6-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000069	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	6-3/4	6-3	社会の健全な一員として、犯罪や非行歴のある方が生活をしていくように、事業者への理解促進や普及啓発を進めます。	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b0000006a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	6-3/5	6-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000006b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	6-3/6	6-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000006c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	54	6-3/7	6-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000006d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	55	7-1/1	7-1	アントレプレナーシップ教育や経営、金融、ITなどのリテラシー教育の機会の充実とともに、起業家と若年世代の交流の場や機会、起業アイデアのプラットフォームの機会を創出します。	000_206d5557473b3492.txt	326
f2a8a75f-ccc6-46fd-aba8-4c7b0000006e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	56	7-1/2	7-1	起業・創業に意識を持つ人が仲間集めや刺激をうけることができるプラットフォームの構築・充実に取り組みます。	000_206d5557473b3492.txt	327
f2a8a75f-ccc6-46fd-aba8-4c7b0000006f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	57	7-2/1	7-2		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000070	a2eace15-13c8-4611-b0bc-ad035f30bb6d	58	7-2/2	7-2	資金調達や手続き等に関する相談の場や機会を構築・拡充します。	000_206d5557473b3492.txt	337
f2a8a75f-ccc6-46fd-aba8-4c7b00000071	a2eace15-13c8-4611-b0bc-ad035f30bb6d	59	7-2/3	7-2		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000072	a2eace15-13c8-4611-b0bc-ad035f30bb6d	60	7-2/4	7-2		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000073	a2eace15-13c8-4611-b0bc-ad035f30bb6d	61	7-3/1	7-3	不動産事業者との連携等を通じて空き店舗等の活用を促進とともに、実証や社会実験等ができる場を構築するなど、起業・創業に向けた環境の充実を図ります。	000_206d5557473b3492.txt	352
f2a8a75f-ccc6-46fd-aba8-4c7b00000074	a2eace15-13c8-4611-b0bc-ad035f30bb6d	62	7-3/2	7-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000075	a2eace15-13c8-4611-b0bc-ad035f30bb6d	63	7-3/3	7-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000076	a2eace15-13c8-4611-b0bc-ad035f30bb6d	64	8-1/1	8-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000077	a2eace15-13c8-4611-b0bc-ad035f30bb6d	65	8-2/1	8-2		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000078	a2eace15-13c8-4611-b0bc-ad035f30bb6d	66	9-1/1	9-1	地域及び社会課題の解決に取り組む事業者等が気軽に相談できる窓口を構築します。また、積極的な取組みを行う事業者を取り上げ、情報発信することで、事業者間の顔の見える化につなげます。	000_206d5557473b3492.txt	378
f2a8a75f-ccc6-46fd-aba8-4c7b00000079	a2eace15-13c8-4611-b0bc-ad035f30bb6d	67	9-1/2	9-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000007a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	68	9-1/3	9-1	地域及び社会課題の解決に取り組む事業者による事業活動を、産業視点からバックアップします。	000_206d5557473b3492.txt	381
f2a8a75f-ccc6-46fd-aba8-4c7b0000007b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	69	9-2/1	9-2	課題解決に取り組む事業者間・担い手間の協業や連携を促進する機会や場の構築により、多様な視点や手法でより効果的に地域及び社会課題の解決につなげていきます。	000_206d5557473b3492.txt	384
f2a8a75f-ccc6-46fd-aba8-4c7b0000007c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	70	10-1/1	10-1	デジタル地域通貨「せたがやPay」を活用し、区民や来街者による継続的な区内消費を喚起し、地域経済循環を推進していきます。	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b0000007d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	71	10-1/2	10-1	消費者が正しい知識を持つて安心安全に商品やサービスを消費できる環境を整備するとともに、消費行動によってもたらされる地域経済循環や環境影響について意識向上のための普及啓発を行います。	000_206d5557473b3492.txt	402
f2a8a75f-ccc6-46fd-aba8-4c7b0000007e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	72	10-1/3	10-1	商店街の個店の魅力の掘り起こしを促進するとともに、商店街を中心とする地域活性化の取組みとの連携や支援を通じて、商店街のPR及び地域の賑わい創出を促します。	000_206d5557473b3492.txt	403
f2a8a75f-ccc6-46fd-aba8-4c7b0000007f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	73	10-1/4	10-1		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000080	a2eace15-13c8-4611-b0bc-ad035f30bb6d	74	10-1/5	10-1	区民や来街者が楽しみながら区内を回遊できるまちなか観光により、区内消費と賑わいを生み出すため、「世田谷まちなか観光交流協会」への事業者の参画を促すとともに、会員間の有機的な連携と協働を生み出す土壤の醸成を図り、同協会の観光プラットフォーム機能の強化やまちなか観光政策の基盤を強化します。	000_206d5557473b3492.txt	406
f2a8a75f-ccc6-46fd-aba8-4c7b00000081	a2eace15-13c8-4611-b0bc-ad035f30bb6d	75	10-2/1	10-2	住宅都市ならではの観光の観点から、地域資源の発掘や連動、地域の強みや魅力のPR強化等を通じて、インバウンドを含めた来街者を呼び込み、区内での来街者消費を喚起します。また、民間事業者の観光イベント等との連携及び民間事業者間の連携を促進し、来街者の呼び込みを図ります。	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b00000082	a2eace15-13c8-4611-b0bc-ad035f30bb6d	76	10-2/2	10-2	団柄入りナンバープレートやふるさと納税等を通じて、世田谷の強みや魅力をブランディングしPRしていきます。	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b00000083	a2eace15-13c8-4611-b0bc-ad035f30bb6d	77	10-3/1	10-3	世田谷みやげの品目増加やブランディング、普及啓発や周知等により、その魅力の向上を図ります。 ものづくり発見ツアーやふれあい農園(収穫体験事業)、区内産農産物の「せたがやそだち」としてのブランド化などの取り組みを通じて、自分たちの地域産業の特色と魅力を知つてもらう機会を創出していくます。	000_206d5557473b3492.txt	422
f2a8a75f-ccc6-46fd-aba8-4c7b00000084	a2eace15-13c8-4611-b0bc-ad035f30bb6d	78	10-3/2	10-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000085	a2eace15-13c8-4611-b0bc-ad035f30bb6d	79	10-3/3	10-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b00000086	a2eace15-13c8-4611-b0bc-ad035f30bb6d	80	11-1/1	11-1	環境や人・社会、また地域に配慮した消費行動であるエシカル消費に関する理解促進や普及啓発を行い、エシカル消費に関心を持つ区民の増加や裾野の拡大に取り組みます。	000_206d5557473b3492.txt	437
f2a8a75f-ccc6-46fd-aba8-4c7b00000087	a2eace15-13c8-4611-b0bc-ad035f30bb6d	81	11-1/2	11-1	エシカル消費を身近に感じることができ、持続可能な行動を実践する場の提供や機会の創出に取り組みます。	000_206d5557473b3492.txt	445
f2a8a75f-ccc6-46fd-aba8-4c7b00000088	a2eace15-13c8-4611-b0bc-ad035f30bb6d	82	11-1/3	11-1	持続可能性を考慮した製品やサービスの購入促進のための普及啓発に取り組みます。	000_206d5557473b3492.txt	447
f2a8a75f-ccc6-46fd-aba8-4c7b00000089	a2eace15-13c8-4611-b0bc-ad035f30bb6d	83	11-2/1	11-2	食品ロスや廃棄物の削減、地産地消の取組み、フェアトレードなど、事業者のエシカルに関する意識や理解の促進に関する普及啓発に取り組みます。	000_206d5557473b3492.txt	449
f2a8a75f-ccc6-46fd-aba8-4c7b0000008a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	84	11-3/1	11-3	食品ロスや廃棄物の削減、地産地消の取組み、フェアトレードなど、事業者がエシカルを取り入れることができ、実践することができる場の提供や機会を創出し、事業者のエシカル意識の醸成を図ります。	000_206d5557473b3492.txt	458
f2a8a75f-ccc6-46fd-aba8-4c7b0000008b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	85	11-3/2	11-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000008c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	86	11-3/3	11-3		\N	\N
f2a8a75f-ccc6-46fd-aba8-4c7b0000008d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	87	11-3/4	11-3	新たな産業活性化拠点等の活動を通じて、環境配慮を促す事業者の育成や環境産業の育成を支援します。	000_206d5557473b3492.txt	473
\.


--
-- Data for Name: goals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.goals (id, plan_id, "position", code, title, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b00000010	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1-1	区内商業の活性化と商店街の公共的活動と更なる発展	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b00000011	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	1-2	区内工業の活性化と工業用地の維持・保全	000_206d5557473b3492.txt	32
f2a8a75f-ccc6-46fd-aba8-4c7b00000012	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	1-3	都市農業の活性化と農地の維持・保全	000_206d5557473b3492.txt	39
f2a8a75f-ccc6-46fd-aba8-4c7b00000013	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	1-4	建設業の活性化と地域貢献活動の後押し	000_206d5557473b3492.txt	66
f2a8a75f-ccc6-46fd-aba8-4c7b00000014	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	1-5	産業分野間の発展に向けた連関の促進	000_206d5557473b3492.txt	81
f2a8a75f-ccc6-46fd-aba8-4c7b00000015	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	2-1	資金供給の円滑化とセーフティネットの提供・充実	000_206d5557473b3492.txt	91
f2a8a75f-ccc6-46fd-aba8-4c7b00000016	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	2-2	生産性向上の後押し	000_206d5557473b3492.txt	103
f2a8a75f-ccc6-46fd-aba8-4c7b00000017	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	2-3	安定的な事業経営と人材育成による地域活性化	000_206d5557473b3492.txt	117
f2a8a75f-ccc6-46fd-aba8-4c7b00000018	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	2-4	安定的な事業経営と人材育成による地域活性化	000_206d5557473b3492.txt	117
f2a8a75f-ccc6-46fd-aba8-4c7b00000019	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	2-5	必要な情報への円滑なアクセスの改善	000_206d5557473b3492.txt	147
f2a8a75f-ccc6-46fd-aba8-4c7b0000001a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	2-6	災害時等の強靭かつしなやかな対応につながる後押し	000_206d5557473b3492.txt	163
f2a8a75f-ccc6-46fd-aba8-4c7b0000001b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	2-7	事業者の区内定着に向けたビジネス環境整備	000_206d5557473b3492.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b0000001c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	3-1	円滑な事業承継に向けた顔の見える環境の構築	000_206d5557473b3492.txt	176
f2a8a75f-ccc6-46fd-aba8-4c7b0000001d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	3-2	公共的役割を担う産業団体等組織の活性化	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b0000001e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	3-3	日常の中で子どもと仕事が出会う機会の醸成	000_206d5557473b3492.txt	194
f2a8a75f-ccc6-46fd-aba8-4c7b0000001f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	4-1	新たなチャレンジを後押しする環境や手段の充実	000_206d5557473b3492.txt	204
f2a8a75f-ccc6-46fd-aba8-4c7b00000020	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	4-2	新たな価値をもたらす専門人材の活用の後押し	000_206d5557473b3492.txt	234
f2a8a75f-ccc6-46fd-aba8-4c7b00000021	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	4-3	起業・創業者を応援する仕組みの構築・充実	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b00000022	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	4-4	産業を通じた街や区内産業を身近に感じる環境の醸成	000_206d5557473b3492.txt	247
f2a8a75f-ccc6-46fd-aba8-4c7b00000023	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	5-1	求職者が望む仕事が見つかる環境の整備	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b00000024	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	5-2	どこでも働くことができ創造性が発揮される環境の整備	000_206d5557473b3492.txt	264
f2a8a75f-ccc6-46fd-aba8-4c7b00000025	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	5-3	雇用形態等に捉われない多様な働き方が選択できる環境の構築	000_206d5557473b3492.txt	275
f2a8a75f-ccc6-46fd-aba8-4c7b00000026	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	6-1	健康経営の後押し	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b00000027	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	6-2	多様な働き方やワーク・ライフ・バランス向上を後押し	000_206d5557473b3492.txt	293
f2a8a75f-ccc6-46fd-aba8-4c7b00000028	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	6-3	ダイバーシティ&インクルージョン経営の後押し	000_206d5557473b3492.txt	302
f2a8a75f-ccc6-46fd-aba8-4c7b00000029	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	7-1	起業関心層の増加	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b0000002a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	7-2	起業・創業者を応援する仕組みの構築・充実	000_206d5557473b3492.txt	326
f2a8a75f-ccc6-46fd-aba8-4c7b0000002b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	7-3	起業経験者の集積を促進	000_206d5557473b3492.txt	349
f2a8a75f-ccc6-46fd-aba8-4c7b0000002c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	8-1	地域及び社会課題解決に관심を持つ事業者の増加	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b0000002d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	8-2	課題解決に参画できる環境の整備	000_206d5557473b3492.txt	365
f2a8a75f-ccc6-46fd-aba8-4c7b0000002e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	9-1	事業者の取組みを促す支援の充実	000_206d5557473b3492.txt	378
f2a8a75f-ccc6-46fd-aba8-4c7b0000002f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	9-2	担い手間の共創を促進	000_206d5557473b3492.txt	384
f2a8a75f-ccc6-46fd-aba8-4c7b00000030	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	10-1	繼続的な消費の喚起と賑わいの創出	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b00000031	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	10-2	区外からの来街者の呼び込み	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b00000032	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	10-3	区民の地元愛着の更なる向上	000_206d5557473b3492.txt	422
f2a8a75f-ccc6-46fd-aba8-4c7b00000033	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	11-1	エシカル関心層の増加	000_206d5557473b3492.txt	437
f2a8a75f-ccc6-46fd-aba8-4c7b00000034	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	11-2	事業者のエシカル意識の醸成	000_206d5557473b3492.txt	449
f2a8a75f-ccc6-46fd-aba8-4c7b00000035	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	11-3	脱炭素等意識の醸成と実践の後押し	000_206d5557473b3492.txt	458
\.


--
-- Data for Name: grading_scales; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.grading_scales (id, plan_slug, bands) FROM stdin;
23c6b4c4-6238-4110-8a1b-0e1adcb4bea3	setagaya	S:110,A:100,B:80,C:50,D:0
\.


--
-- Data for Name: import_notes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.import_notes (id, plan_id, "position", kind, source_document, source_line, message) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b000002fa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	typo	000_206d5557473b3492.txt	8	誤記（原文のまま）: 「稼ぐ力を下げる基盤」— 「稼ぐ力を上げる基盤」の誤りと思われる（文脈（中小個店や商店街の稼ぐ力を…基盤として整備）と逆の意味になっている）
f2a8a75f-ccc6-46fd-aba8-4c7b000002fb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	inferred	000_206d5557473b3492.txt	9	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000002fc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	inferred	000_206d5557473b3492.txt	9	目標値だけの行を、目標値の欄に見出しが印字されていた8行目の行動指標の目標値と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b000002fd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	skipped	000_206d5557473b3492.txt	11	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b000002fe	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	skipped	000_206d5557473b3492.txt	13	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b000002ff	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	skipped	000_206d5557473b3492.txt	15	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000300	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	typo	000_206d5557473b3492.txt	16	誤記（原文のまま）: 「維持管理助の実施」— 「維持管理補助の実施」の「補」が抜けている（同じ行の令和6年度は「維持管理補助の実施」）
f2a8a75f-ccc6-46fd-aba8-4c7b00000301	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	skipped	000_206d5557473b3492.txt	17	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000302	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	skipped	000_206d5557473b3492.txt	18	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000303	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	skipped	000_206d5557473b3492.txt	20	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000304	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	skipped	000_206d5557473b3492.txt	22	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000305	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	skipped	000_206d5557473b3492.txt	24	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000306	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	inferred	000_206d5557473b3492.txt	32	この行の目指す姿1-2のラベルはページ上部の表示で、施策番号②が前の番号に続くため、行は1-1に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000307	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	inferred	000_206d5557473b3492.txt	33	施策番号が振り直されているので、ここから目指す姿1-2と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000308	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	inferred	000_206d5557473b3492.txt	33	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000309	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	corrected	000_206d5557473b3492.txt	34	修正「目標値」: 4|1|1|1|1|1 — 目標値が4つしか印字されておらず、どの年度の値が欠けたか分からない（同じ事業の再掲（191行目）に合計4・各年度1が全て印字されている）
f2a8a75f-ccc6-46fd-aba8-4c7b0000030a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	corrected	000_206d5557473b3492.txt	37	無視 — 33行目と同じ施策・指標が、目標値を1つ欠いて再び印字されている（行の二重印字）（施策名・指標名・目標値が33行目と一致し、事業名・事業内容の欄が空）
f2a8a75f-ccc6-46fd-aba8-4c7b0000030b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	inferred	000_206d5557473b3492.txt	38	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000030c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	corrected	000_206d5557473b3492.txt	39	所属: 1-3 — 1-3のラベルが42行目に印字され、農業の行が1-2（区内工業）の下に並んでいる（都市農業への理解促進・農福連携は1-3「都市農業の活性化と農地の維持・保全」の施策。1-2の施策番号（①〜④・②）とも続かない）
f2a8a75f-ccc6-46fd-aba8-4c7b0000030d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	corrected	000_206d5557473b3492.txt	39	修正「事業」: ふれあい農園事業の実施 — 事業名「ふれあい農園事業の実施」が次の行（40行目）の欄にずれて印字されている（135行目の再掲で、施策「区民に対する都市農業への理解促進」の事業名が「ふれあい農園事業の実施」）
f2a8a75f-ccc6-46fd-aba8-4c7b0000030e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	inferred	000_206d5557473b3492.txt	39	目標値が5つしか印字されていませんが、合計がR6〜R9の和になるのは同じ値が続く所で1つ抜けた場合だけなので、その値を補いました
f2a8a75f-ccc6-46fd-aba8-4c7b0000030f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	corrected	000_206d5557473b3492.txt	40	修正「事業」 — 事業名の欄に39行目の事業名がずれて入っている（農福連携の再掲（306・321・366行目）では事業名が「障害者施設等を対象とした…」で、ふれあい農園ではない。この行の本来の事業名は抽出テキストにない）
f2a8a75f-ccc6-46fd-aba8-4c7b00000310	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	inferred	000_206d5557473b3492.txt	40	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000311	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	corrected	000_206d5557473b3492.txt	41	無視 — 40行目の施策「② 農福連携の推進」と○●の印だけが再び印字された断片（事業・内容・指標の欄が空で、施策名と印が40行目と同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000312	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	inferred	000_206d5557473b3492.txt	50	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000313	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	unresolved	000_206d5557473b3492.txt	50	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000314	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	unresolved	000_206d5557473b3492.txt	51	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000315	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	unresolved	000_206d5557473b3492.txt	53	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000316	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	unresolved	000_206d5557473b3492.txt	54	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000317	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	corrected	000_206d5557473b3492.txt	55	修正「施策名」: ⑧ 区民に対する農業PR機会の創出【再掲】 — 施策名が抽出テキストから失われている（ロードマップと印だけの行）（148行目の再掲「区民に対する農業PR機会の創出」とロードマップ（花展覧会・品評会・農業祭の開催）が一字一句同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000318	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	unresolved	000_206d5557473b3492.txt	56	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000319	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	unresolved	000_206d5557473b3492.txt	57	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b0000031a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	corrected	000_206d5557473b3492.txt	58	修正「施策名」: ② 魅力ある農業経営の展開支援【再掲】 — 施策名が抽出テキストから失われている（ロードマップと印だけの行）（444・451・460行目の再掲「魅力ある農業経営の展開支援」とロードマップ（新たな加工品開発、せたがやそだち使用店登録）が一字一句同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b0000031b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	corrected	000_206d5557473b3492.txt	59	修正「施策名」: ④ 農業者の担い手育成のための取組み推進【再掲】 — 施策名が抽出テキストから失われている（ロードマップと印だけの行）（180行目の再掲「農業者の担い手育成のための取組み推進」とロードマップ（農業塾…農業サポート）が一字一句同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b0000031c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	inferred	000_206d5557473b3492.txt	66	目指す姿のコードが「1~4」と印字されています。1-4 と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000031d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	inferred	000_206d5557473b3492.txt	68	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000031e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	inferred	000_206d5557473b3492.txt	68	施策番号が印字されていないため、前の番号から③と推定しました
f2a8a75f-ccc6-46fd-aba8-4c7b0000031f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	inferred	000_206d5557473b3492.txt	69	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000320	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	inferred	000_206d5557473b3492.txt	70	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000321	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	inferred	000_206d5557473b3492.txt	70	施策番号が印字されていないため、前の番号から②と推定しました
f2a8a75f-ccc6-46fd-aba8-4c7b00000322	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	inferred	000_206d5557473b3492.txt	70	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000323	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	inferred	000_206d5557473b3492.txt	71	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000324	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	inferred	000_206d5557473b3492.txt	71	施策番号が印字されていないため、前の番号から③と推定しました
f2a8a75f-ccc6-46fd-aba8-4c7b00000325	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	inferred	000_206d5557473b3492.txt	71	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000326	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	inferred	000_206d5557473b3492.txt	81	この行の目指す姿1-5のラベルはページ上部の表示で、施策番号③が前の番号に続くため、行は1-4に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000327	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	typo	000_206d5557473b3492.txt	81	誤記（原文のまま）: 「見る化」— 「見える化」の誤り（他の箇所（事業者の顔の見える化）では「見える化」）
f2a8a75f-ccc6-46fd-aba8-4c7b00000328	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	inferred	000_206d5557473b3492.txt	83	施策番号が振り直されているので、ここから目指す姿1-5と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000329	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	inferred	000_206d5557473b3492.txt	84	目標値だけの行を、目標値の欄に見出しが印字されていた83行目の行動指標の目標値と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000032a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	inferred	000_206d5557473b3492.txt	103	目指す姿2の名称の続き「成長できる世田谷区」をつなげました
f2a8a75f-ccc6-46fd-aba8-4c7b0000032b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	inferred	000_206d5557473b3492.txt	117	この行の目指す姿2-3・2-4のラベルはページ上部の表示で、施策番号⑨が前の番号に続くため、行は2-2に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000032c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	corrected	000_206d5557473b3492.txt	121	取組み: 事業効率化や事業課題の解決に向けて、区内事業者のITツールの導入やデジタル化・DX化を促進します。 — 2-3と2-4の取組みが117行目の1つのセルにつながって印字されている（前半（IT・DX）は2-3の施策①販路拡大やITの活用・②IT人材の育成に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b0000032d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	inferred	000_206d5557473b3492.txt	121	施策番号が振り直されているので、ここから目指す姿2-3と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000032e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	inferred	000_206d5557473b3492.txt	121	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000032f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	corrected	000_206d5557473b3492.txt	123	取組み: 従業員の確保に資する支援や雇用、従業員エンゲージメントに関する相談の場の充実、経営者による経営課題や取組みを共有する場や機会の構築、安定的な事業経営基盤や体制の構築を後押しします。 — 2-3と2-4の取組みが117行目の1つのセルにつながって印字されている（後半（雇用・人材・経営基盤）は2-4の施策①安定的雇用の促進〜④奨学金返還支援に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b00000330	a2eace15-13c8-4611-b0bc-ad035f30bb6d	54	inferred	000_206d5557473b3492.txt	123	施策番号が振り直されているので、ここから目指す姿2-4と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000331	a2eace15-13c8-4611-b0bc-ad035f30bb6d	55	inferred	000_206d5557473b3492.txt	147	この行の目指す姿2-5のラベルはページ上部の表示で、施策番号⑦が前の番号に続くため、行は2-4に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000034b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	81	corrected	000_206d5557473b3492.txt	249	取組み: 起業・創業者の意欲や思いに対して、区民が応援する仕組みの検討・構築を行います。 — 4-3の2つの取組みが1つのセルにつながって印字されている（③基金やファンド等による区民が応援できる仕組みの検討を含む249〜251行目に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b00000332	a2eace15-13c8-4611-b0bc-ad035f30bb6d	56	corrected	000_206d5557473b3492.txt	149	取組み: 受発注時等に弱い立場となりがちな個人事業主やフリーランス等が安心・安定して事業に取り組むことができるよう、価格交渉や納期設定など取引の適正化に係る関係法令やガイドラインの周知強化、相談窓口を通じた相談対応の充実などを図ります。 — 2-5の2つの取組みが147行目（2-4の最後の行）にまとめて印字されている（149〜150行目は取引適正化の施策で、取組み「受発注時等に弱い立場となりがちな個人事業主やフリーランス…」に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b00000333	a2eace15-13c8-4611-b0bc-ad035f30bb6d	57	inferred	000_206d5557473b3492.txt	149	施策番号が振り直されているので、ここから目指す姿2-5と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000334	a2eace15-13c8-4611-b0bc-ad035f30bb6d	58	corrected	000_206d5557473b3492.txt	151	取組み: 必要とする事業者に事業経営等に有効な情報が届く広報を実施するとともに、事業に有効な統計データの提供等、情報へ円滑にアクセスできる環境の改善・構築を行います。 — 2-5の2つの取組みが147行目にまとめて印字されている（151行目以降はメールマガジン・統計データ等の情報提供で、取組み「必要とする事業者に事業経営等に有効な情報が届く広報…」に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b00000335	a2eace15-13c8-4611-b0bc-ad035f30bb6d	59	inferred	000_206d5557473b3492.txt	151	置き場所のない文を読み飛ばしました: 「必要な情報への円滑なアクセスの改善」
f2a8a75f-ccc6-46fd-aba8-4c7b00000336	a2eace15-13c8-4611-b0bc-ad035f30bb6d	60	typo	000_206d5557473b3492.txt	162	誤記（原文のまま）: 「家瑛」— 「経営」の誤りと思われる（農業経営・技術情報）（「家瑛」という語はなく、区内農業者向けの経営・技術情報の文脈）
f2a8a75f-ccc6-46fd-aba8-4c7b00000337	a2eace15-13c8-4611-b0bc-ad035f30bb6d	61	inferred	000_206d5557473b3492.txt	163	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000338	a2eace15-13c8-4611-b0bc-ad035f30bb6d	62	inferred	000_206d5557473b3492.txt	165	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000339	a2eace15-13c8-4611-b0bc-ad035f30bb6d	63	typo	000_206d5557473b3492.txt	165	誤記（原文のまま）: 「区内的」— 「区内の」の誤り（再掲（352行目）では「区内のオフィス、店舗等の紹介件数」）
f2a8a75f-ccc6-46fd-aba8-4c7b0000033a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	64	inferred	000_206d5557473b3492.txt	166	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000033b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	65	inferred	000_206d5557473b3492.txt	167	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000033c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	66	inferred	000_206d5557473b3492.txt	176	この行の目指す姿3-1のラベルはページ上部の表示で、施策番号⑤が前の番号に続くため、行は2-7に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000033d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	67	inferred	000_206d5557473b3492.txt	177	施策番号が振り直されているので、ここから目指す姿3-1と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000033e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	68	corrected	000_206d5557473b3492.txt	182	無視 — 181行目と同じ行が【再掲】と○を付けてもう一度印字されている（行の二重印字）（同じ目指す姿の中で直前の行と施策・事業・事業内容・指標・目標値が同じで、別の掲載とは読めない）
f2a8a75f-ccc6-46fd-aba8-4c7b0000033f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	69	inferred	000_206d5557473b3492.txt	190	目標値が7つ印字されています。最後の2つが同じなので重ねて印字されたものと読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000340	a2eace15-13c8-4611-b0bc-ad035f30bb6d	70	inferred	000_206d5557473b3492.txt	191	目標値が7つ印字されています。最後の2つが同じなので重ねて印字されたものと読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000341	a2eace15-13c8-4611-b0bc-ad035f30bb6d	71	inferred	000_206d5557473b3492.txt	192	目標値が7つ印字されています。最後の2つが同じなので重ねて印字されたものと読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000342	a2eace15-13c8-4611-b0bc-ad035f30bb6d	72	typo	000_206d5557473b3492.txt	196	誤記（原文のまま）: 「解放日数」— 「開放日数」の誤りと思われる（常設の学びの場を開く日数の指標で、ロードマップも「学びの場の解放」と同じ誤り）
f2a8a75f-ccc6-46fd-aba8-4c7b00000343	a2eace15-13c8-4611-b0bc-ad035f30bb6d	73	corrected	000_206d5557473b3492.txt	197	修正「目標値」: ①180 ②120|①45 ②30|①45 ②30|①45 ②30|①45 ②30|①45 ②30 — 目標値の欄が8つ印字されている（合計1つと年度5つの6欄のはず）（同じ値（①45 ②30）が重ねて印字されている。元の掲載（136行目）は合計①180②120・各年度①45②30）
f2a8a75f-ccc6-46fd-aba8-4c7b00000344	a2eace15-13c8-4611-b0bc-ad035f30bb6d	74	inferred	000_206d5557473b3492.txt	204	この行の目指す姿4-1のラベルはページ上部の表示で、施策番号⑤が前の番号に続くため、行は3-3に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000345	a2eace15-13c8-4611-b0bc-ad035f30bb6d	75	inferred	000_206d5557473b3492.txt	205	施策番号が振り直されているので、ここから目指す姿4-1と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000346	a2eace15-13c8-4611-b0bc-ad035f30bb6d	76	inferred	000_206d5557473b3492.txt	207	置き場所のない文を読み飛ばしました: 「新たなチャレンジを後押しする環境や手段の充実」
f2a8a75f-ccc6-46fd-aba8-4c7b00000347	a2eace15-13c8-4611-b0bc-ad035f30bb6d	77	corrected	000_206d5557473b3492.txt	247	所属: 4-3 — 4-4のラベルがページ上部の行に印字されている（247〜251行目は4-3「起業・創業者を応援する仕組みの構築・充実」の取組み（資金調達の相談、区民が応援する仕組み）の施策で、4-4の行は252行目（4-4のラベルと取組みの再印字）から始まる）
f2a8a75f-ccc6-46fd-aba8-4c7b00000348	a2eace15-13c8-4611-b0bc-ad035f30bb6d	78	corrected	000_206d5557473b3492.txt	247	取組み: 資金調達や手続き等に関する相談の場や機会を構築・拡充します。 — 4-3の2つの取組みが1つのセルにつながって印字されている（前半は交流支援・経営相談（247〜248行目）、後半は区民が応援する仕組み（249〜251行目）に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b00000349	a2eace15-13c8-4611-b0bc-ad035f30bb6d	79	typo	000_206d5557473b3492.txt	247	誤記（原文のまま）: 「連閣」— 「連関」の誤り（1-5の名称「産業分野間の発展に向けた連関の促進」では「連関」）
f2a8a75f-ccc6-46fd-aba8-4c7b0000034a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	80	typo	000_206d5557473b3492.txt	247	誤記（原文のまま）: 「土壤」— 「土壌」の旧字体（常用漢字表の字体は「壌」）
f2a8a75f-ccc6-46fd-aba8-4c7b0000034c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	82	inferred	000_206d5557473b3492.txt	260	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000034d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	83	inferred	000_206d5557473b3492.txt	261	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000034e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	84	inferred	000_206d5557473b3492.txt	262	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000034f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	85	inferred	000_206d5557473b3492.txt	263	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000350	a2eace15-13c8-4611-b0bc-ad035f30bb6d	86	inferred	000_206d5557473b3492.txt	264	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000351	a2eace15-13c8-4611-b0bc-ad035f30bb6d	87	inferred	000_206d5557473b3492.txt	275	この行の目指す姿5-3のラベルはページ上部の表示で、施策番号③が前の番号に続くため、行は5-2に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000352	a2eace15-13c8-4611-b0bc-ad035f30bb6d	88	inferred	000_206d5557473b3492.txt	275	置き場所のない文を読み飛ばしました: 「③ 産業プラザにおける交流促進機能の拡大【再掲】」
f2a8a75f-ccc6-46fd-aba8-4c7b00000353	a2eace15-13c8-4611-b0bc-ad035f30bb6d	89	inferred	000_206d5557473b3492.txt	276	施策番号が振り直されているので、ここから目指す姿5-3と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000354	a2eace15-13c8-4611-b0bc-ad035f30bb6d	90	inferred	000_206d5557473b3492.txt	277	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000355	a2eace15-13c8-4611-b0bc-ad035f30bb6d	91	inferred	000_206d5557473b3492.txt	278	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000356	a2eace15-13c8-4611-b0bc-ad035f30bb6d	92	inferred	000_206d5557473b3492.txt	279	同じ行に取組みの文が2通りに印字されています（「企業内創業や兼業・副業等多様な働き方への…」「多様な働き方への理解や後押しを促すととも…」）。長い方を使います
f2a8a75f-ccc6-46fd-aba8-4c7b00000357	a2eace15-13c8-4611-b0bc-ad035f30bb6d	93	inferred	000_206d5557473b3492.txt	279	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000358	a2eace15-13c8-4611-b0bc-ad035f30bb6d	94	inferred	000_206d5557473b3492.txt	281	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000359	a2eace15-13c8-4611-b0bc-ad035f30bb6d	95	corrected	000_206d5557473b3492.txt	288	所属: 5-3 — 6-1のラベルがページ上部の行に印字されている（288〜289行目の取組み「受発注時等に弱い立場となりがちな個人事業主やフリーランス…」は5-3「雇用形態等に捉われない多様な働き方」の内容で、6-1「健康経営の後押し」は290行目（6-1の取組みの行）から始まる）
f2a8a75f-ccc6-46fd-aba8-4c7b0000035a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	96	inferred	000_206d5557473b3492.txt	292	施策番号の付いた文を取組みとして読み、次のセルを施策名としました
f2a8a75f-ccc6-46fd-aba8-4c7b0000035b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	97	inferred	000_206d5557473b3492.txt	303	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000035c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	98	inferred	000_206d5557473b3492.txt	303	目標値だけの行を、目標値の欄に見出しが印字されていた302行目の行動指標の目標値と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000035d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	99	inferred	000_206d5557473b3492.txt	304	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000035e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	100	skipped	000_206d5557473b3492.txt	305	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000035f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	101	inferred	000_206d5557473b3492.txt	306	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000360	a2eace15-13c8-4611-b0bc-ad035f30bb6d	102	skipped	000_206d5557473b3492.txt	307	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000361	a2eace15-13c8-4611-b0bc-ad035f30bb6d	103	skipped	000_206d5557473b3492.txt	308	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000362	a2eace15-13c8-4611-b0bc-ad035f30bb6d	104	inferred	000_206d5557473b3492.txt	309	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000363	a2eace15-13c8-4611-b0bc-ad035f30bb6d	105	skipped	000_206d5557473b3492.txt	310	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000364	a2eace15-13c8-4611-b0bc-ad035f30bb6d	106	inferred	000_206d5557473b3492.txt	311	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000365	a2eace15-13c8-4611-b0bc-ad035f30bb6d	107	skipped	000_206d5557473b3492.txt	312	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000366	a2eace15-13c8-4611-b0bc-ad035f30bb6d	108	inferred	000_206d5557473b3492.txt	313	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000367	a2eace15-13c8-4611-b0bc-ad035f30bb6d	109	skipped	000_206d5557473b3492.txt	314	目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000368	a2eace15-13c8-4611-b0bc-ad035f30bb6d	110	corrected	000_206d5557473b3492.txt	321	所属: 6-3 — 7-1のラベル（と目指す姿7）がこの行に印字されている（321〜325行目は農福連携・障害者雇用・再犯防止・外国籍区民の就労で、6-3「ダイバーシティ&インクルージョン経営の後押し」の施策。7-1「起業関心層の増加」の施策は326行目から）
f2a8a75f-ccc6-46fd-aba8-4c7b00000369	a2eace15-13c8-4611-b0bc-ad035f30bb6d	111	corrected	000_206d5557473b3492.txt	326	所属: 7-1 — 7-2のラベルがこの行に印字されている（326〜327行目のアントレプレナーシップ教育とSETAGAYA PORTは7-1「起業関心層の増加」の施策。7-2の施策は4-3と同じ並び（区民の起業・創業の促進から）で328行目から）
f2a8a75f-ccc6-46fd-aba8-4c7b0000036a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	112	corrected	000_206d5557473b3492.txt	327	取組み: 起業・創業に意識を持つ人が仲間集めや刺激をうけることができるプラットフォームの構築・充実に取り組みます。 — 取組みの文が1行下（328行目）に印字されている（「仲間集めや刺激をうけることができるプラットフォーム」はSETAGAYA PORTの説明で、327行目の施策に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b0000036b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	113	corrected	000_206d5557473b3492.txt	328	所属: 7-2 — 7-2のラベルが326行目に印字されている（7-2は4-3と同じく①区民の起業・創業の促進から始まる）
f2a8a75f-ccc6-46fd-aba8-4c7b0000036c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	114	corrected	000_206d5557473b3492.txt	328	取組み — この行の取組みの文が抽出テキストにない（328行目に印字された文は327行目の取組み（SETAGAYA PORT）なので、この行からは別の取組みが始まる）
f2a8a75f-ccc6-46fd-aba8-4c7b0000036d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	115	corrected	000_206d5557473b3492.txt	335	修正「セル」: 資金調達や手続き等に関する相談の場や機会を構築・拡充します。 — 取組み「資金調達や手続き等に関する相談の場…」が335行目に印字されている（4-3と同じ構成で、この取組みは交流支援・経営相談（337〜338行目）に対応する）
f2a8a75f-ccc6-46fd-aba8-4c7b0000036e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	116	inferred	000_206d5557473b3492.txt	335	目指す姿7の名称の続き「やすい世田谷区」をつなげました
f2a8a75f-ccc6-46fd-aba8-4c7b0000036f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	117	corrected	000_206d5557473b3492.txt	337	取組み: 資金調達や手続き等に関する相談の場や機会を構築・拡充します。 — 取組みの文が2行上（335行目）に印字されている（4-3の247〜248行目と同じく、交流支援・経営相談の取組み）
f2a8a75f-ccc6-46fd-aba8-4c7b00000370	a2eace15-13c8-4611-b0bc-ad035f30bb6d	118	inferred	000_206d5557473b3492.txt	338	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000371	a2eace15-13c8-4611-b0bc-ad035f30bb6d	119	corrected	000_206d5557473b3492.txt	339	再掲元: 208 — 再掲の事業名が「テスマーケティング」と誤って印字され、元の掲載と名称で対応付けられない（事業内容・ロードマップ・目標値が208行目の「テストマーケティング、社会実証実験等の推進」と同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b00000372	a2eace15-13c8-4611-b0bc-ad035f30bb6d	120	typo	000_206d5557473b3492.txt	339	誤記（原文のまま）: 「テスマーケティング」— 「テストマーケティング」の誤り（元の掲載（208行目）と他の再掲では「テストマーケティング」）
f2a8a75f-ccc6-46fd-aba8-4c7b00000373	a2eace15-13c8-4611-b0bc-ad035f30bb6d	121	inferred	000_206d5557473b3492.txt	341	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000374	a2eace15-13c8-4611-b0bc-ad035f30bb6d	122	inferred	000_206d5557473b3492.txt	342	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000375	a2eace15-13c8-4611-b0bc-ad035f30bb6d	123	inferred	000_206d5557473b3492.txt	349	この行の目指す姿7-3のラベルはページ上部の表示で、施策番号③が前の番号に続くため、行は7-2に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000376	a2eace15-13c8-4611-b0bc-ad035f30bb6d	124	inferred	000_206d5557473b3492.txt	352	施策番号が振り直されているので、ここから目指す姿7-3と読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000377	a2eace15-13c8-4611-b0bc-ad035f30bb6d	125	inferred	000_206d5557473b3492.txt	352	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000378	a2eace15-13c8-4611-b0bc-ad035f30bb6d	126	typo	000_206d5557473b3492.txt	364	誤記（原文のまま）: 「基本的 の方針3」— 「基本の方針3」の誤り（他の方針は「【基本の方針1】」の形）
f2a8a75f-ccc6-46fd-aba8-4c7b00000379	a2eace15-13c8-4611-b0bc-ad035f30bb6d	127	typo	000_206d5557473b3492.txt	364	誤記（原文のまま）: 「관심」— ハングル「관심」は「関心」の誤り（8-1の名称は「地域及び社会課題解決に関心を持つ事業者の増加」のはず（目指す姿8も「関心が高く」））
f2a8a75f-ccc6-46fd-aba8-4c7b0000037a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	128	inferred	000_206d5557473b3492.txt	365	この行の目指す姿8-2のラベルはページ上部の表示で、施策番号②が前の番号に続くため、行は8-1に属すると読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000037b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	129	typo	000_206d5557473b3492.txt	365	誤記（原文のまま）: 「自主品牌」— 「品牌」は中国語の語で、「自主製品」等の誤りと思われる（障害者施設で製作される製品の商品開発の文脈）
f2a8a75f-ccc6-46fd-aba8-4c7b0000037c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	130	inferred	000_206d5557473b3492.txt	367	置き場所のない文を読み飛ばしました: 「地域課題や社会課題解決に関する情報発信」
f2a8a75f-ccc6-46fd-aba8-4c7b0000037d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	131	corrected	000_206d5557473b3492.txt	368	所属: 8-2 — 8-2のラベルが365行目の施策②の行に印字されている（8-2「課題解決に参画できる環境の整備」の名称が368行目に再び印字され、施策番号が①に戻る）
f2a8a75f-ccc6-46fd-aba8-4c7b0000037e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	132	corrected	000_206d5557473b3492.txt	368	修正「施策番号」: ① — 8-2の名称が施策番号「⑤」付きで施策名の欄に印字され、本当の施策名が隣の欄にずれている（隣の欄に「① 産業交流による新たな産業の創出」が印字されている）
f2a8a75f-ccc6-46fd-aba8-4c7b0000037f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	133	corrected	000_206d5557473b3492.txt	368	修正「施策名」: ① 産業交流による新たな産業の創出 — 8-2の名称が施策名の欄に印字されている（9-2の再掲（384行目）で事業「SETAGAYA PORTによる社会及び地域課題の解決促進」の施策名が「産業交流による新たな産業の創出」）
f2a8a75f-ccc6-46fd-aba8-4c7b00000380	a2eace15-13c8-4611-b0bc-ad035f30bb6d	134	inferred	000_206d5557473b3492.txt	368	置き場所のない文を読み飛ばしました: 「① 産業交流による新たな産業の創出」
f2a8a75f-ccc6-46fd-aba8-4c7b00000381	a2eace15-13c8-4611-b0bc-ad035f30bb6d	135	inferred	000_206d5557473b3492.txt	379	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000382	a2eace15-13c8-4611-b0bc-ad035f30bb6d	136	inferred	000_206d5557473b3492.txt	381	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000383	a2eace15-13c8-4611-b0bc-ad035f30bb6d	137	inferred	000_206d5557473b3492.txt	382	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000384	a2eace15-13c8-4611-b0bc-ad035f30bb6d	138	inferred	000_206d5557473b3492.txt	383	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000385	a2eace15-13c8-4611-b0bc-ad035f30bb6d	139	inferred	000_206d5557473b3492.txt	385	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000386	a2eace15-13c8-4611-b0bc-ad035f30bb6d	140	inferred	000_206d5557473b3492.txt	401	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000387	a2eace15-13c8-4611-b0bc-ad035f30bb6d	141	inferred	000_206d5557473b3492.txt	402	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000388	a2eace15-13c8-4611-b0bc-ad035f30bb6d	142	typo	000_206d5557473b3492.txt	402	誤記（原文のまま）: 「持つて」— 「持って」の促音「っ」が大きい「つ」になっている（現代仮名遣いでは促音は小書き）
f2a8a75f-ccc6-46fd-aba8-4c7b00000389	a2eace15-13c8-4611-b0bc-ad035f30bb6d	143	inferred	000_206d5557473b3492.txt	405	置き場所のない文を読み飛ばしました: 「商店街を含む地域全体のエリアリノベーションに取り組むことで、地域の人材を掘り起こし、遊休資産などの地域資源を活用して、エリア全体の「稼ぐ力」の向上や魅力の再創出等を促進する取組みの推進【再掲】」
f2a8a75f-ccc6-46fd-aba8-4c7b0000038a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	144	inferred	000_206d5557473b3492.txt	405	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000038b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	145	inferred	000_206d5557473b3492.txt	406	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000038c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	146	inferred	000_206d5557473b3492.txt	407	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b0000038d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	147	corrected	000_206d5557473b3492.txt	414	分割: 列4-6,9-16を別の行（414#2）として読みました — 2つの行（まちなか観光推進に向けたデータ収集・分析／まちなか観光の推進【再掲】）が1行に重なって印字されている（事業名・○・指標・目標値は10-1のまちなか観光交流協会（406行目）の再掲と一致し、事業内容・ロードマップ（人流データの収集・分析）は施策「まちなか観光推進に向けたデータ収集・分析」のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b0000038e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	148	inferred	000_206d5557473b3492.txt	414	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b0000038f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	149	inferred	000_206d5557473b3492.txt	414	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000390	a2eace15-13c8-4611-b0bc-ad035f30bb6d	150	inferred	000_206d5557473b3492.txt	414	目標値と単位が1つのセルに印字されていたので分けました
f2a8a75f-ccc6-46fd-aba8-4c7b00000391	a2eace15-13c8-4611-b0bc-ad035f30bb6d	151	inferred	000_206d5557473b3492.txt	414	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b00000392	a2eace15-13c8-4611-b0bc-ad035f30bb6d	152	corrected	000_206d5557473b3492.txt	415	分割: 列5-8を別の行（415#2）として読みました — 3つの事業の行が1行に重なって印字されている（川場村等との交流の事業内容・ロードマップ・印（5〜8列）は、ナンバープレート（1〜4列・10〜12列。ロードマップは435行目の再掲と同じ）とも世田谷みやげとも別の事業）
f2a8a75f-ccc6-46fd-aba8-4c7b00000393	a2eace15-13c8-4611-b0bc-ad035f30bb6d	153	corrected	000_206d5557473b3492.txt	415	分割: 列9,13-19を別の行（415#3）として読みました — 3つの事業の行が1行に重なって印字されている（世田谷みやげの事業名・指標・目標値（9列・13〜19列）は別の事業。10-3の再掲（424行目）のロードマップに同じ文言がある）
f2a8a75f-ccc6-46fd-aba8-4c7b00000394	a2eace15-13c8-4611-b0bc-ad035f30bb6d	154	corrected	000_206d5557473b3492.txt	415	修正「セル」: 川場村等他自治体との交流・連携を進め、相互に自治体の魅力PRや地元特産品の販売ブースの出店等を行うことにより、まちの賑わいの創出、交流人口を増やし、地域活性化を図ります。 — 事業内容の文が取組みの位置に読まれる（施策名がない行）（川場村等との交流の事業内容で、取組みの文ではない）
f2a8a75f-ccc6-46fd-aba8-4c7b00000395	a2eace15-13c8-4611-b0bc-ad035f30bb6d	155	corrected	000_206d5557473b3492.txt	415	修正「事業内容」: 川場村等他自治体との交流・連携を進め、相互に自治体の魅力PRや地元特産品の販売ブースの出店等を行うことにより、まちの賑わいの創出、交流人口を増やし、地域活性化を図ります。 — 施策名・事業名が印字されていない事業の行（事業内容とロードマップだけが印字されている）
f2a8a75f-ccc6-46fd-aba8-4c7b00000396	a2eace15-13c8-4611-b0bc-ad035f30bb6d	156	inferred	000_206d5557473b3492.txt	415	施策番号が印字されていない施策名を読みました
f2a8a75f-ccc6-46fd-aba8-4c7b00000397	a2eace15-13c8-4611-b0bc-ad035f30bb6d	157	inferred	000_206d5557473b3492.txt	415	目標値と単位が1つのセルに印字されていたので分けました
f2a8a75f-ccc6-46fd-aba8-4c7b00000398	a2eace15-13c8-4611-b0bc-ad035f30bb6d	158	typo	000_206d5557473b3492.txt	415	誤記（原文のまま）: 「団柄入り」— 「図柄入り」の誤り（再掲（435行目）では「世田谷区版図柄入りナンバープレート」）
f2a8a75f-ccc6-46fd-aba8-4c7b00000399	a2eace15-13c8-4611-b0bc-ad035f30bb6d	159	unresolved	000_206d5557473b3492.txt	415	施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	160	corrected	000_206d5557473b3492.txt	422	修正「セル」: エシカルが身 — 目指す姿11の名称の一部が、10-3の行に番号「10」付きで印字されている（437行目に「11 エシカルが身」、444行目に続き「近に存在する世田谷区」があり、目指す姿10の名称は401行目）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	161	typo	000_206d5557473b3492.txt	422	誤記（原文のまま）: 「していくます」— 「していきます」の誤り（文末の活用の誤り）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	162	typo	000_206d5557473b3492.txt	422	誤記（原文のまま）: 「知つて」— 「知って」の促音「っ」が大きい「つ」になっている（現代仮名遣いでは促音は小書き）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	163	corrected	000_206d5557473b3492.txt	424	再掲元: 415#3 — 再掲の施策名「世田谷みやげ」と、元の掲載（415行目に重なって印字）の名称「世田谷みやげの啓発活動の実施」が異なる（元の掲載は415行目の3つ目の行（世田谷みやげの指定内容充実…）で、ロードマップの文言が共通する）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	164	typo	000_206d5557473b3492.txt	427	誤記（原文のまま）: 「知つて」— 「知って」の促音「っ」が大きい「つ」になっている（現代仮名遣いでは促音は小書き）
f2a8a75f-ccc6-46fd-aba8-4c7b0000039f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	165	inferred	000_206d5557473b3492.txt	433	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	166	inferred	000_206d5557473b3492.txt	437	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	167	corrected	000_206d5557473b3492.txt	444	修正「セル」: エシカル消費を身近に感じることができ、持続可能な行動を実践する場の提供や機会の創出に取り組みます。 — 取組み「エシカル消費を身近に感じることができ…」が1行上に印字されている（この行の施策②は437行目の①に続き、取組みは次の445行目の①（子ども向け啓発チラシ）から始まる）
f2a8a75f-ccc6-46fd-aba8-4c7b000003a2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	168	inferred	000_206d5557473b3492.txt	444	目指す姿11の名称の続き「近に存在する世田谷区」をつなげました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	169	corrected	000_206d5557473b3492.txt	445	取組み: エシカル消費を身近に感じることができ、持続可能な行動を実践する場の提供や機会の創出に取り組みます。 — 取組みの文が1行上（444行目）に印字されている（啓発チラシ・せたがやそだち（445〜446行目）は「実践する場の提供や機会の創出」の施策）
f2a8a75f-ccc6-46fd-aba8-4c7b000003a4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	170	inferred	000_206d5557473b3492.txt	445	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	171	inferred	000_206d5557473b3492.txt	447	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	172	inferred	000_206d5557473b3492.txt	458	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003a7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	173	corrected	000_206d5557473b3492.txt	462	修正「施策番号」: ① — 施策名の欄が1行ずつ下にずれて印字されている（462〜466行目）（463行目に印字された施策「① 産業情報の発信強化」はこの行のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b000003a8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	174	corrected	000_206d5557473b3492.txt	462	修正「施策名」: ① 産業情報の発信強化 — 施策名の欄が1行ずつ下にずれて印字されている（462〜466行目）（462行目の事業内容・指標（脱炭素の情報発信、メールマガジン配信数）は463行目の施策「① 産業情報の発信強化／脱炭素等環境に関する情報発信」のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b000003a9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	175	corrected	000_206d5557473b3492.txt	462	修正「事業」: 脱炭素等環境に関する情報発信 — 施策名の欄が1行ずつ下にずれて印字されている（同上）
f2a8a75f-ccc6-46fd-aba8-4c7b000003aa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	176	corrected	000_206d5557473b3492.txt	463	修正「施策番号」: ② — 施策名の欄が1行ずつ下にずれて印字されている（463行目の事業内容（環境に配慮した取組みを推進する事業者の認証取得等を支援）は464行目の施策「② 環境認証等の取得促進」のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b000003ab	a2eace15-13c8-4611-b0bc-ad035f30bb6d	177	corrected	000_206d5557473b3492.txt	463	修正「施策名」: ② 環境認証等の取得促進 — 施策名の欄が1行ずつ下にずれて印字されている（同上）
f2a8a75f-ccc6-46fd-aba8-4c7b000003ac	a2eace15-13c8-4611-b0bc-ad035f30bb6d	178	corrected	000_206d5557473b3492.txt	463	修正「事業」 — 施策名の欄が1行ずつ下にずれて印字されている（事業名「脱炭素等環境に関する情報発信」は462行目の事業）
f2a8a75f-ccc6-46fd-aba8-4c7b000003ad	a2eace15-13c8-4611-b0bc-ad035f30bb6d	179	corrected	000_206d5557473b3492.txt	464	修正「施策番号」: ③ — 施策名の欄が1行ずつ下にずれて印字されている（464行目の事業内容と指標「補助件数 80・20」は105行目「生産性向上に向けた設備整備の後押し」と同じで、465行目の施策「③ …【再掲】」のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b000003ae	a2eace15-13c8-4611-b0bc-ad035f30bb6d	180	corrected	000_206d5557473b3492.txt	464	修正「施策名」: ③ 生産性向上に向けた設備整備の後押し【再掲】 — 施策名の欄が1行ずつ下にずれて印字されている（同上）
f2a8a75f-ccc6-46fd-aba8-4c7b000003af	a2eace15-13c8-4611-b0bc-ad035f30bb6d	181	corrected	000_206d5557473b3492.txt	464	修正「再掲」: ○ — 【再掲】の印が1行下（465行目）の施策名に付いて印字されている（464行目の施策は生産性向上に向けた設備整備の後押し（105行目）の再掲）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	182	inferred	000_206d5557473b3492.txt	464	目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました
f2a8a75f-ccc6-46fd-aba8-4c7b000003b1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	183	corrected	000_206d5557473b3492.txt	465	修正「施策番号」: ④ — 施策名の欄が1行ずつ下にずれて印字されている（465行目の事業内容（事業者向けSDGsセミナー）は466行目の施策「④ 持続可能な事業者行動の推進／事業者向けSDGsセミナーの実施」のもの）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	184	corrected	000_206d5557473b3492.txt	465	修正「施策名」: ④ 持続可能な事業者行動の推進 — 施策名の欄が1行ずつ下にずれて印字されている（同上）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	185	corrected	000_206d5557473b3492.txt	465	修正「事業」: 事業者向けSDGsセミナーの実施 — 施策名の欄が1行ずつ下にずれて印字されている（同上）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	186	corrected	000_206d5557473b3492.txt	465	修正「再掲」 — 【再掲】の印は上の行の施策（生産性向上に向けた設備整備の後押し）のもの（SDGsセミナーは再掲ではない）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	187	corrected	000_206d5557473b3492.txt	466	無視 — 施策名だけが残った行（内容は465行目に印字されている）（施策名と事業名は465行目に移した）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	188	corrected	000_206d5557473b3492.txt	473	修正「事業」: アクセラレータープログラムの実施 — 事業名が印字されていない（ロードマップ（アクセラレータープログラム等の実施）と目標値（175・-・25・50・100・250 社）が220行目の「アクセラレータープログラムの実施」と同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	189	corrected	000_206d5557473b3492.txt	473	修正「行動指標」: アクセラレータープログラム支援事業者数 — 行動指標の名称が印字されていない（目標値だけがある）（目標値と単位が220行目の「アクセラレータープログラム支援事業者数」と同じ）
f2a8a75f-ccc6-46fd-aba8-4c7b000003b8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	190	corrected	000_206d5557473b3492.txt	473	再掲元: 220 — 再掲の施策名が多くの事業に共通する名称で、元の掲載を名称から決められない（事業名・ロードマップ・目標値が220行目と一致する）
\.


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.indicators (id, plan_id, "position", key, placement_key, part, name, unit, kind, kind_overridden, lower_is_better, total, target_r6, target_r7, target_r8, target_r9, target_r13, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b0000025e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1-1.1.1	1-1.1	\N	せたがやPayアプリ利用者の継続利用率	%	rate	f	f	75	75	75	75	75	\N	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b0000025f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	1-1.2.1	1-1.2	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	80	000_206d5557473b3492.txt	10
f2a8a75f-ccc6-46fd-aba8-4c7b00000260	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	1-1.3.1	1-1.3	\N	地域におけるリノベーションスクール・勉強会等の開催	回	perYear	f	f	15	3	4	4	4	4	000_206d5557473b3492.txt	12
f2a8a75f-ccc6-46fd-aba8-4c7b00000261	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	1-1.4.1	1-1.4	\N		回	perYear	f	f	15	3	4	4	4	4	000_206d5557473b3492.txt	14
f2a8a75f-ccc6-46fd-aba8-4c7b00000262	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	1-1.5.1	1-1.5	1	AEDの設置台数	台	level	f	f	110	105	105	110	110	115	000_206d5557473b3492.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b00000263	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	1-1.5.2	1-1.5	2	スタンドパイプの設置台数	台	level	f	f	20	15	15	20	25	25	000_206d5557473b3492.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b00000264	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	1-1.5.3	1-1.5	3	防犯カメラの設置台数	台	level	f	f	835	830	830	835	840	840	000_206d5557473b3492.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b00000265	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	1-1.6.1	1-1.6	\N	顧問的診断士の派遣数	件	perYear	f	f	33	33	33	33	33	33	000_206d5557473b3492.txt	19
f2a8a75f-ccc6-46fd-aba8-4c7b00000266	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	1-1.7.1	1-1.7	\N	地域におけるリノベーションスクール・勉強会等の開催	回	perYear	f	f	15	3	4	4	4	4	000_206d5557473b3492.txt	21
f2a8a75f-ccc6-46fd-aba8-4c7b00000267	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	1-1.8.1	1-1.8	\N		回	perYear	f	f	15	3	4	4	4	4	000_206d5557473b3492.txt	23
f2a8a75f-ccc6-46fd-aba8-4c7b00000268	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	1-2.1.1	1-2.1	\N	助成件数	事業	perYear	f	f	4	1	1	1	1	\N	000_206d5557473b3492.txt	33
f2a8a75f-ccc6-46fd-aba8-4c7b00000269	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	1-2.2.1	1-2.2	\N	支援件数	件	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	34
f2a8a75f-ccc6-46fd-aba8-4c7b0000026a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	1-2.5.1	1-2.5	1	住工共生ワーキングの参加延べ人数	人	perYear	f	f	180	45	45	45	45	\N	000_206d5557473b3492.txt	38
f2a8a75f-ccc6-46fd-aba8-4c7b0000026b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	1-2.5.2	1-2.5	2	イベントの参加人数	人	perYear	f	f	120	30	30	30	30	\N	000_206d5557473b3492.txt	38
f2a8a75f-ccc6-46fd-aba8-4c7b0000026c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	1-3.1.1	1-3.1	\N	ふれあい農園参加人数	人	perYear	f	f	136500	33500	34000	34500	34500	35000	000_206d5557473b3492.txt	39
f2a8a75f-ccc6-46fd-aba8-4c7b0000026d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	1-3.2.1	1-3.2	\N	農福連携事業を通じた区内就職者数	人	perYear	f	f	15	15	15	15	15	\N	000_206d5557473b3492.txt	40
f2a8a75f-ccc6-46fd-aba8-4c7b0000026e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	1-3.3.1	1-3.3	\N	都市農地保全自治体フォーラム出席回数	回	perYear	f	f	4	1	1	1	1	\N	000_206d5557473b3492.txt	50
f2a8a75f-ccc6-46fd-aba8-4c7b0000026f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	1-3.4.1	1-3.4	1	ふれあい農園開園数	箇所	level	f	f	237	58	59	60	60	60	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000270	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	1-3.4.2	1-3.4	2	農業体験農園開園数	箇所	level	f	f	20	5	5	5	5	5	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000271	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	1-3.4.3	1-3.4	3	農作業体験塾実施園数	箇所	level	f	f	36	9	9	9	9	9	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000272	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	1-3.4.4	1-3.4	4	野菜作り講習会実施園数	園	level	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000273	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	1-3.4.5	1-3.4	5	花栽培実施小学校数	校	level	f	f	120	30	30	30	30	30	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000274	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	1-4.1.1	1-4.1	\N	公共施設等総合管理計画に基づく工事の実施件数	件	perYear	f	f	105	22	26	31	26	47	000_206d5557473b3492.txt	66
f2a8a75f-ccc6-46fd-aba8-4c7b00000275	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	1-4.2.1	1-4.2	\N	エコ住宅補助事業に基づく工事の実施件数	件	perYear	f	f	11015	1669	2169	3338	3839	\N	000_206d5557473b3492.txt	67
f2a8a75f-ccc6-46fd-aba8-4c7b00000276	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	1-4.4.1	1-4.4	\N	区内企業と求職者のマッチングイベント開催数	回	perYear	f	f	180	45	45	45	45	\N	000_206d5557473b3492.txt	69
f2a8a75f-ccc6-46fd-aba8-4c7b00000277	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	1-4.5.1	1-4.5	\N	補助件数	件	perYear	f	f	228	57	57	57	57	\N	000_206d5557473b3492.txt	70
f2a8a75f-ccc6-46fd-aba8-4c7b00000278	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	1-4.6.1	1-4.6	\N	定着促進セミナーの開催回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	71
f2a8a75f-ccc6-46fd-aba8-4c7b00000279	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	1-4.7.1	1-4.7	\N	公共施設等総合管理計画に基づく工事の実施件数	件	perYear	f	f	105	22	26	31	26	47	000_206d5557473b3492.txt	72
f2a8a75f-ccc6-46fd-aba8-4c7b0000027a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	1-4.8.1	1-4.8	\N	エコ住宅補助事業に基づく工事の実施件数	件	perYear	f	f	11015	1669	2169	3338	3839	\N	000_206d5557473b3492.txt	73
f2a8a75f-ccc6-46fd-aba8-4c7b0000027b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	1-5.1.1	1-5.1	\N	産業団体代表者等と区との意見交換会等の回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	83
f2a8a75f-ccc6-46fd-aba8-4c7b0000027c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	2-1.1.1	2-1.1	\N	融資あっせん件数	件	perYear	f	f	7150	1750	1750	1800	1850	1900	000_206d5557473b3492.txt	91
f2a8a75f-ccc6-46fd-aba8-4c7b0000027d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	2-1.2.1	2-1.2	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	92
f2a8a75f-ccc6-46fd-aba8-4c7b0000027e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	2-1.3.1	2-1.3	\N	メールマガジン配信数	回	perYear	f	f	200	50	50	50	50	50	000_206d5557473b3492.txt	94
f2a8a75f-ccc6-46fd-aba8-4c7b0000027f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	2-2.1.1	2-2.1	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	80	000_206d5557473b3492.txt	103
f2a8a75f-ccc6-46fd-aba8-4c7b00000280	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	2-2.2.1	2-2.2	\N	補助件数	件	perYear	f	f	100	25	25	25	25	25	000_206d5557473b3492.txt	104
f2a8a75f-ccc6-46fd-aba8-4c7b00000281	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	2-2.3.1	2-2.3	\N	補助件数	件	perYear	f	f	80	20	20	20	20	20	000_206d5557473b3492.txt	105
f2a8a75f-ccc6-46fd-aba8-4c7b00000282	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	2-3.1.1	2-3.1	\N	補助件数	件	perYear	f	f	100	25	25	25	25	\N	000_206d5557473b3492.txt	121
f2a8a75f-ccc6-46fd-aba8-4c7b00000283	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	2-4.1.1	2-4.1	\N	人材不足産業支援イベントの参加者数	人	perYear	f	f	111	25	27	29	30	40	000_206d5557473b3492.txt	123
f2a8a75f-ccc6-46fd-aba8-4c7b00000284	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	2-4.2.1	2-4.2	\N	区内企業と求職者のマッチングイベント開催数	回	perYear	f	f	180	45	45	45	45	45	000_206d5557473b3492.txt	124
f2a8a75f-ccc6-46fd-aba8-4c7b00000285	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	2-4.3.1	2-4.3	\N	定着促進セミナーの開催回数	回	perYear	f	f	28	7	7	7	7	7	000_206d5557473b3492.txt	132
f2a8a75f-ccc6-46fd-aba8-4c7b00000286	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	2-4.4.1	2-4.4	\N	補助件数	件	perYear	f	f	8	2	2	2	2	2	000_206d5557473b3492.txt	133
f2a8a75f-ccc6-46fd-aba8-4c7b00000287	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	2-4.5.1	2-4.5	\N	ビジネスマッチング支援事業者数	社	perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	134
f2a8a75f-ccc6-46fd-aba8-4c7b00000288	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	2-4.6.1	2-4.6	\N	ふれあい農園参加人数	人	perYear	f	f	136500	33500	34000	34500	34500	35000	000_206d5557473b3492.txt	135
f2a8a75f-ccc6-46fd-aba8-4c7b00000289	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	2-4.7.1	2-4.7	1	住工共生ワーキングの参加延べ人数	人	perYear	f	f	180	45	45	45	45	45	000_206d5557473b3492.txt	136
f2a8a75f-ccc6-46fd-aba8-4c7b0000028a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	2-4.7.2	2-4.7	2	イベントの参加人数	人	perYear	f	f	120	30	30	30	30	30	000_206d5557473b3492.txt	136
f2a8a75f-ccc6-46fd-aba8-4c7b0000028b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	2-5.1.1	2-5.1	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	149
f2a8a75f-ccc6-46fd-aba8-4c7b0000028c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	2-5.2.1	2-5.2	\N	取引適正化に関するガイドライン等の情報発信(メールマガジン配信数)	回	perYear	f	f	24	6	6	6	6	6	000_206d5557473b3492.txt	150
f2a8a75f-ccc6-46fd-aba8-4c7b0000028d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	2-5.3.1	2-5.3	\N	メールマガジン配信数	回	perYear	f	f	200	50	50	50	50	50	000_206d5557473b3492.txt	151
f2a8a75f-ccc6-46fd-aba8-4c7b0000028e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	2-5.4.1	2-5.4	\N	分析データの提供・共有回数	回	perYear	f	f	44	8	12	12	12	12	000_206d5557473b3492.txt	152
f2a8a75f-ccc6-46fd-aba8-4c7b0000028f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	2-6.1.1	2-6.1	\N	意見交換会等の回数	回	perYear	f	f	8	2	2	2	2	\N	000_206d5557473b3492.txt	163
f2a8a75f-ccc6-46fd-aba8-4c7b00000290	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	2-7.1.1	2-7.1	\N	区内的オフィス、店舗等の紹介件数	件	perYear	f	f	15	\N	5	5	5	\N	000_206d5557473b3492.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b00000291	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	2-7.2.1	2-7.2	\N	コワーキングスペース、シェアオフィス等の提供件数	件	perYear	f	f	60	\N	20	20	20	\N	000_206d5557473b3492.txt	166
f2a8a75f-ccc6-46fd-aba8-4c7b00000292	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	2-7.3.1	2-7.3	\N	地域におけるリノベーションスクール・勉強会等の開催	回	perYear	f	f	15	3	4	4	4	\N	000_206d5557473b3492.txt	167
f2a8a75f-ccc6-46fd-aba8-4c7b00000293	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	2-7.5.1	2-7.5	\N		社	perYear	f	f	50	5	10	15	20	40	000_206d5557473b3492.txt	176
f2a8a75f-ccc6-46fd-aba8-4c7b00000294	a2eace15-13c8-4611-b0bc-ad035f30bb6d	54	3-1.1.1	3-1.1	\N	プラットフォームへの新規掲載事業者数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	177
f2a8a75f-ccc6-46fd-aba8-4c7b00000295	a2eace15-13c8-4611-b0bc-ad035f30bb6d	55	3-1.2.1	3-1.2	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	178
f2a8a75f-ccc6-46fd-aba8-4c7b00000296	a2eace15-13c8-4611-b0bc-ad035f30bb6d	56	3-1.5.1	3-1.5	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	181
f2a8a75f-ccc6-46fd-aba8-4c7b00000297	a2eace15-13c8-4611-b0bc-ad035f30bb6d	57	3-2.1.1	3-2.1	1	商店街への支援件数	団体	perYear	f	f	127	127	127	127	127	127	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b00000298	a2eace15-13c8-4611-b0bc-ad035f30bb6d	58	3-2.1.2	3-2.1	2	公衆浴場への支援件数	団体	perYear	f	f	20	20	20	20	20	20	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b00000299	a2eace15-13c8-4611-b0bc-ad035f30bb6d	59	3-2.1.3	3-2.1	3	産業団体等への支援件数	団体	perYear	f	f	10	10	10	10	10	10	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b0000029a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	60	3-2.2.1	3-2.2	\N	支援件数	件	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	191
f2a8a75f-ccc6-46fd-aba8-4c7b0000029b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	61	3-2.3.1	3-2.3	\N	意見交換会等の回数	回	perYear	f	f	8	2	2	2	2	2	000_206d5557473b3492.txt	192
f2a8a75f-ccc6-46fd-aba8-4c7b0000029c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	62	3-3.1.1	3-3.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	194
f2a8a75f-ccc6-46fd-aba8-4c7b0000029d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	63	3-3.2.1	3-3.2	\N	アントレプレナーシップ教育のプログラム数	件	perYear	f	f	72	\N	18	24	30	35	000_206d5557473b3492.txt	195
f2a8a75f-ccc6-46fd-aba8-4c7b0000029e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	64	3-3.3.1	3-3.3	\N	常設の学びの場の解放日数	日	perYear	f	f	900	\N	300	300	300	300	000_206d5557473b3492.txt	196
f2a8a75f-ccc6-46fd-aba8-4c7b0000029f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	65	3-3.4.1	3-3.4	1	住工共生ワーキングの参加延べ人数	人	perYear	f	f	180	45	45	45	45	45	000_206d5557473b3492.txt	197
f2a8a75f-ccc6-46fd-aba8-4c7b000002a0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	66	3-3.4.2	3-3.4	2	イベントの参加人数	人	perYear	f	f	120	30	30	30	30	30	000_206d5557473b3492.txt	197
f2a8a75f-ccc6-46fd-aba8-4c7b000002a1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	67	4-1.3.1	4-1.3	\N	スクール受講生又は交流会参加数	人	perYear	f	f	200	50	50	50	50	50	000_206d5557473b3492.txt	207
f2a8a75f-ccc6-46fd-aba8-4c7b000002a2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	68	4-1.4.1	4-1.4	\N	地域・事業者のイベント開催数	回	perYear	f	f	330	\N	100	110	120	160	000_206d5557473b3492.txt	208
f2a8a75f-ccc6-46fd-aba8-4c7b000002a3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	69	4-1.5.1	4-1.5	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	209
f2a8a75f-ccc6-46fd-aba8-4c7b000002a4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	70	4-1.6.1	4-1.6	\N	ビジネスマッチング支援事業者数	社	perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	210
f2a8a75f-ccc6-46fd-aba8-4c7b000002a5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	71	4-1.7.1	4-1.7	\N	産業団体代表者等と区との意見交換会等の回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	211
f2a8a75f-ccc6-46fd-aba8-4c7b000002a6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	72	4-1.8.1	4-1.8	\N	融資あっせん件数	件	perYear	f	f	7150	1750	1750	1800	1850	1900	000_206d5557473b3492.txt	218
f2a8a75f-ccc6-46fd-aba8-4c7b000002a7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	73	4-1.9.1	4-1.9	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	219
f2a8a75f-ccc6-46fd-aba8-4c7b000002a8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	74	4-1.10.1	4-1.10	\N	アクセラレータープログラム支援事業者数	社	perYear	f	f	175	\N	25	50	100	250	000_206d5557473b3492.txt	220
f2a8a75f-ccc6-46fd-aba8-4c7b000002a9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	75	4-1.11.1	4-1.11	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	80	000_206d5557473b3492.txt	221
f2a8a75f-ccc6-46fd-aba8-4c7b000002aa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	76	4-1.12.1	4-1.12	\N	多様な働き方の相談実施回数・社会保険労務士相談の実施回数	回	perYear	f	f	620	155	155	155	155	155	000_206d5557473b3492.txt	222
f2a8a75f-ccc6-46fd-aba8-4c7b000002ab	a2eace15-13c8-4611-b0bc-ad035f30bb6d	77	4-2.1.1	4-2.1	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	80	000_206d5557473b3492.txt	234
f2a8a75f-ccc6-46fd-aba8-4c7b000002ac	a2eace15-13c8-4611-b0bc-ad035f30bb6d	78	4-2.2.1	4-2.2	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	2800	2200	2400	2600	2800	3600	000_206d5557473b3492.txt	235
f2a8a75f-ccc6-46fd-aba8-4c7b000002ad	a2eace15-13c8-4611-b0bc-ad035f30bb6d	79	4-3.1.1	4-3.1	1	創業支援事業における創業相談等の実施回数	回	perYear	f	f	368	92	92	92	92	92	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b000002ae	a2eace15-13c8-4611-b0bc-ad035f30bb6d	80	4-3.1.2	4-3.1	2	創業支援事業を受けた証明書の発行者数	人	perYear	f	f	1800	400	430	470	500	600	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b000002af	a2eace15-13c8-4611-b0bc-ad035f30bb6d	81	4-3.4.1	4-3.4	\N	ビジネスマッチング支援事業者数	社	perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	247
f2a8a75f-ccc6-46fd-aba8-4c7b000002b0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	82	4-3.5.1	4-3.5	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	248
f2a8a75f-ccc6-46fd-aba8-4c7b000002b1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	83	4-3.6.1	4-3.6	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	80	000_206d5557473b3492.txt	249
f2a8a75f-ccc6-46fd-aba8-4c7b000002b2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	84	4-3.7.1	4-3.7	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	2800	2200	2400	2600	2800	3600	000_206d5557473b3492.txt	250
f2a8a75f-ccc6-46fd-aba8-4c7b000002b3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	85	4-4.1.1	4-4.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	2800	2200	2400	2600	2800	3600	000_206d5557473b3492.txt	252
f2a8a75f-ccc6-46fd-aba8-4c7b000002b4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	86	4-4.2.1	4-4.2	\N	産業団体代表者等と区との意見交換会等の回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	253
f2a8a75f-ccc6-46fd-aba8-4c7b000002b5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	87	5-1.1.1	5-1.1	\N	三軒茶屋就労支援センターのセミナー開催数	回	perYear	f	f	720	180	180	180	180	\N	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b000002b6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	88	5-1.2.1	5-1.2	\N	区内企業と求職者のマッチングイベント開催数	回	perYear	f	f	180	45	45	45	45	\N	000_206d5557473b3492.txt	261
f2a8a75f-ccc6-46fd-aba8-4c7b000002b7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	89	5-1.3.1	5-1.3	\N	R60-SETAGAYA-のセミナーの開催回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	262
f2a8a75f-ccc6-46fd-aba8-4c7b000002b8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	90	5-1.4.1	5-1.4	\N	多様な働き方の相談実施回数・社会保険労務士相談の実施回数	回	perYear	f	f	620	155	155	155	155	\N	000_206d5557473b3492.txt	263
f2a8a75f-ccc6-46fd-aba8-4c7b000002b9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	91	5-2.1.1	5-2.1	\N	コワーキングスペース、シェアオフィス等の提供件数	件	perYear	f	f	60	\N	20	20	20	\N	000_206d5557473b3492.txt	264
f2a8a75f-ccc6-46fd-aba8-4c7b000002ba	a2eace15-13c8-4611-b0bc-ad035f30bb6d	92	5-2.3.1	5-2.3	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	266
f2a8a75f-ccc6-46fd-aba8-4c7b000002bb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	93	5-2.4.1	5-2.4	\N	ビジネスマッチング支援事業者数	社	perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	267
f2a8a75f-ccc6-46fd-aba8-4c7b000002bc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	94	5-2.5.1	5-2.5	\N	産業団体代表者等と区との意見交換会等の回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	275
f2a8a75f-ccc6-46fd-aba8-4c7b000002bd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	95	5-3.1.1	5-3.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	276
f2a8a75f-ccc6-46fd-aba8-4c7b000002be	a2eace15-13c8-4611-b0bc-ad035f30bb6d	96	5-3.2.1	5-3.2	\N	三軒茶屋就労支援センターのセミナー開催数	回	perYear	f	f	720	180	180	180	180	\N	000_206d5557473b3492.txt	277
f2a8a75f-ccc6-46fd-aba8-4c7b000002bf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	97	5-3.3.1	5-3.3	\N	R60-SETAGAYA-のセミナーの開催回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	278
f2a8a75f-ccc6-46fd-aba8-4c7b000002c0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	98	5-3.4.1	5-3.4	\N	多様な働き方の相談実施回数・社会保険労務士相談の実施回数	回	perYear	f	f	620	155	155	155	155	\N	000_206d5557473b3492.txt	279
f2a8a75f-ccc6-46fd-aba8-4c7b000002c1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	99	5-3.6.1	5-3.6	\N	多様な働き方の相談実施回数・社会保険労務士相談の実施回数	回	perYear	f	f	620	155	155	155	155	\N	000_206d5557473b3492.txt	281
f2a8a75f-ccc6-46fd-aba8-4c7b000002c2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	100	5-3.7.1	5-3.7	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	700	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b000002c3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	101	5-3.8.1	5-3.8	\N	取引適正化に関するガイドライン等の情報発信(メールマガジン配信数)	回	perYear	f	f	24	6	6	6	6	6	000_206d5557473b3492.txt	289
f2a8a75f-ccc6-46fd-aba8-4c7b000002c4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	102	6-1.1.1	6-1.1	\N	健康経営に関する啓発活動回数(メールマガジン等による配信)	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	290
f2a8a75f-ccc6-46fd-aba8-4c7b000002c5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	103	6-1.3.1	6-1.3	\N	セラ・サービスの会員数	人	level	f	f	32700	8000	8100	8200	8400	9200	000_206d5557473b3492.txt	292
f2a8a75f-ccc6-46fd-aba8-4c7b000002c6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	104	6-2.1.1	6-2.1	\N	多様な働き方の相談実施回数・社会保険労務士相談の実施回数	回	perYear	f	f	620	155	155	155	155	155	000_206d5557473b3492.txt	293
f2a8a75f-ccc6-46fd-aba8-4c7b000002c7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	105	6-3.1.1	6-3.1	\N	契約件数	件	perYear	f	f	72	18	18	18	18	\N	000_206d5557473b3492.txt	302
f2a8a75f-ccc6-46fd-aba8-4c7b000002c8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	106	6-3.2.1	6-3.2	\N	相談実施回数	回	perYear	f	f	372	93	93	93	93	\N	000_206d5557473b3492.txt	304
f2a8a75f-ccc6-46fd-aba8-4c7b000002c9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	107	6-3.3.1	6-3.3	\N	農福連携事業を通じた区内就職者数	人	perYear	f	f	15	15	15	15	15	\N	000_206d5557473b3492.txt	306
f2a8a75f-ccc6-46fd-aba8-4c7b000002ca	a2eace15-13c8-4611-b0bc-ad035f30bb6d	108	6-3.4.1	6-3.4	\N	産業団体代表者等と区との意見交換会等の回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	309
f2a8a75f-ccc6-46fd-aba8-4c7b000002cb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	109	6-3.5.1	6-3.5	\N	R60 -SETAGAYA-のセミナーの開催回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	311
f2a8a75f-ccc6-46fd-aba8-4c7b000002cc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	110	6-3.6.1	6-3.6	\N	ダイバーシティ&インクルージョン経営に関する啓発活動回数(メールマガジン等による配信)	回	perYear	f	f	24	6	6	6	6	\N	000_206d5557473b3492.txt	313
f2a8a75f-ccc6-46fd-aba8-4c7b000002cd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	111	6-3.7.1	6-3.7	\N	農福連携事業を通じた区内就職者数	人	perYear	f	f	15	15	15	15	15	15	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b000002ce	a2eace15-13c8-4611-b0bc-ad035f30bb6d	112	6-3.10.1	6-3.10	\N	「セミナー&相談」の実施回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	324
f2a8a75f-ccc6-46fd-aba8-4c7b000002cf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	113	7-1.1.1	7-1.1	\N	アントレプレナーシップ教育のプログラム数	件	perYear	f	f	72	\N	18	24	30	35	000_206d5557473b3492.txt	326
f2a8a75f-ccc6-46fd-aba8-4c7b000002d0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	114	7-1.2.1	7-1.2	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	327
f2a8a75f-ccc6-46fd-aba8-4c7b000002d1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	115	7-2.1.1	7-2.1	1	創業支援事業における創業相談等の実施回数	回	perYear	f	f	368	92	92	92	92	92	000_206d5557473b3492.txt	328
f2a8a75f-ccc6-46fd-aba8-4c7b000002d2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	116	7-2.1.2	7-2.1	2	創業支援事業を受けた証明書の発行者数	人	perYear	f	f	1800	400	430	470	500	600	000_206d5557473b3492.txt	328
f2a8a75f-ccc6-46fd-aba8-4c7b000002d3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	117	7-2.4.1	7-2.4	\N	ビジネスマッチング支援事業者数		perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	337
f2a8a75f-ccc6-46fd-aba8-4c7b000002d4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	118	7-2.5.1	7-2.5	\N	経営相談件数	件	perYear	f	f	2720	650	670	700	700	\N	000_206d5557473b3492.txt	338
f2a8a75f-ccc6-46fd-aba8-4c7b000002d5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	119	7-2.6.1	7-2.6	\N	地域・事業者のイベント開催数		perYear	f	f	330	\N	100	110	120	160	000_206d5557473b3492.txt	339
f2a8a75f-ccc6-46fd-aba8-4c7b000002d6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	120	7-2.8.1	7-2.8	\N	事業実施前と比較し、売上変動が好転した事業者数の増加	事業者	perYear	f	f	320	80	80	80	80	\N	000_206d5557473b3492.txt	341
f2a8a75f-ccc6-46fd-aba8-4c7b000002d7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	121	7-2.9.1	7-2.9	\N	補助件数	件	perYear	f	f	80	20	20	20	20	\N	000_206d5557473b3492.txt	342
f2a8a75f-ccc6-46fd-aba8-4c7b000002d8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	122	7-3.1.1	7-3.1	\N	区内のオフィス、店舗等の紹介件数	件	perYear	f	f	15	\N	5	5	5	\N	000_206d5557473b3492.txt	352
f2a8a75f-ccc6-46fd-aba8-4c7b000002d9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	123	7-3.2.1	7-3.2	\N	地域・事業者のイベント開催数	回	perYear	f	f	330	\N	100	110	120	160	000_206d5557473b3492.txt	353
f2a8a75f-ccc6-46fd-aba8-4c7b000002da	a2eace15-13c8-4611-b0bc-ad035f30bb6d	124	7-3.4.1	7-3.4	\N	アントレプレナーシップ教育のプログラム数	件	perYear	f	f	72	\N	18	24	30	35	000_206d5557473b3492.txt	355
f2a8a75f-ccc6-46fd-aba8-4c7b000002db	a2eace15-13c8-4611-b0bc-ad035f30bb6d	125	7-3.5.1	7-3.5	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	356
f2a8a75f-ccc6-46fd-aba8-4c7b000002dc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	126	8-1.1.1	8-1.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	6900	5100	5700	6300	6900	7500	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b000002dd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	127	8-1.2.1	8-1.2	\N	せせせプロジェクトイベントの開催回数	回	perYear	f	f	20	5	5	5	5	5	000_206d5557473b3492.txt	365
f2a8a75f-ccc6-46fd-aba8-4c7b000002de	a2eace15-13c8-4611-b0bc-ad035f30bb6d	128	8-1.3.1	8-1.3	\N	農福連携事業を通じた区内就職者数	人	perYear	f	f	15	15	15	15	15	15	000_206d5557473b3492.txt	366
f2a8a75f-ccc6-46fd-aba8-4c7b000002df	a2eace15-13c8-4611-b0bc-ad035f30bb6d	129	8-2.1.1	8-2.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	2800	2200	2400	2600	2800	3600	000_206d5557473b3492.txt	368
f2a8a75f-ccc6-46fd-aba8-4c7b000002e0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	130	8-2.2.1	8-2.2	\N	せせせプロジェクトイベントの開催回数	回	perYear	f	f	20	5	5	5	5	5	000_206d5557473b3492.txt	369
f2a8a75f-ccc6-46fd-aba8-4c7b000002e1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	131	8-2.3.1	8-2.3	\N	地域・事業者のイベント開催数	回	perYear	f	f	330	\N	100	110	120	160	000_206d5557473b3492.txt	370
f2a8a75f-ccc6-46fd-aba8-4c7b000002e2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	132	8-2.4.1	8-2.4	\N	R60-SETAGAYA-のセミナーの開催回数		perYear	f	f	\N	\N	\N	\N	\N	\N	000_206d5557473b3492.txt	371
f2a8a75f-ccc6-46fd-aba8-4c7b000002e3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	133	9-1.2.1	9-1.2	\N	せせせプロジェクトイベントの開催回数	回	perYear	f	f	20	5	5	5	5	\N	000_206d5557473b3492.txt	379
f2a8a75f-ccc6-46fd-aba8-4c7b000002e4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	134	9-1.4.1	9-1.4	\N	せせせプロジェクトイベントの開催回数	回	perYear	f	f	20	5	5	5	5	\N	000_206d5557473b3492.txt	381
f2a8a75f-ccc6-46fd-aba8-4c7b000002e5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	135	9-1.5.1	9-1.5	\N	R60-SETAGAYA-のセミナーの開催回数	回	perYear	f	f	28	7	7	7	7	\N	000_206d5557473b3492.txt	382
f2a8a75f-ccc6-46fd-aba8-4c7b000002e6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	136	9-1.6.1	9-1.6	\N	ソーシャルビジネス補助交付件数	件	perYear	f	f	20	5	5	5	5	\N	000_206d5557473b3492.txt	383
f2a8a75f-ccc6-46fd-aba8-4c7b000002e7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	137	9-2.1.1	9-2.1	\N	SETAGAYA PORTの新規会員登録者数(累計)	人	cumulative	f	f	2800	2200	2400	2600	2800	3600	000_206d5557473b3492.txt	384
f2a8a75f-ccc6-46fd-aba8-4c7b000002e8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	138	9-2.2.1	9-2.2	\N	せせせプロジェクトイベントの開催回数	回	perYear	f	f	20	5	5	5	5	\N	000_206d5557473b3492.txt	385
f2a8a75f-ccc6-46fd-aba8-4c7b000002e9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	139	9-2.3.1	9-2.3	\N	ビジネスマッチング支援事業者数	社	perYear	f	f	210	\N	30	60	120	150	000_206d5557473b3492.txt	393
f2a8a75f-ccc6-46fd-aba8-4c7b000002ea	a2eace15-13c8-4611-b0bc-ad035f30bb6d	140	10-1.1.1	10-1.1	\N	せたがやPayアプリ利用者の継続利用率	%	rate	f	f	75	75	75	75	75	\N	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b000002eb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	141	10-1.2.1	10-1.2	\N	消費者の安心安全や意識向上に関する講座の実施回数	回	perYear	f	f	80	20	20	20	20	\N	000_206d5557473b3492.txt	402
f2a8a75f-ccc6-46fd-aba8-4c7b000002ec	a2eace15-13c8-4611-b0bc-ad035f30bb6d	142	10-1.5.1	10-1.5	\N	地域におけるリノベーションスクール・勉強会等の開催	回	perYear	f	f	15	3	4	4	4	\N	000_206d5557473b3492.txt	405
f2a8a75f-ccc6-46fd-aba8-4c7b000002ed	a2eace15-13c8-4611-b0bc-ad035f30bb6d	143	10-1.6.1	10-1.6	\N	世田谷まちなか観光交流協会会員数の増加	会員数	perYear	f	f	12	3	3	3	3	\N	000_206d5557473b3492.txt	406
f2a8a75f-ccc6-46fd-aba8-4c7b000002ee	a2eace15-13c8-4611-b0bc-ad035f30bb6d	144	10-1.7.1	10-1.7	\N	世田谷まちなか観光交流協会の活動回数(イベント等事業回数)	回	perYear	f	f	64	13	15	17	19	\N	000_206d5557473b3492.txt	407
f2a8a75f-ccc6-46fd-aba8-4c7b000002ef	a2eace15-13c8-4611-b0bc-ad035f30bb6d	145	10-2.2.1	10-2.2	\N	世田谷まちなか観光交流協会会員数の増加	会員数	perYear	f	f	12	3	3	3	3	\N	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b000002f0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	146	10-2.5.1	10-2.5	\N	世田谷みやげの指定内容充実、情報発信、出店機会の提供	回	perYear	f	f	64	13	15	17	19	19	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b000002f1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	147	10-3.5.1	10-3.5	\N	せたがやPayアプリ利用者の継続利用率	%	rate	f	f	75	75	75	75	75	\N	000_206d5557473b3492.txt	433
f2a8a75f-ccc6-46fd-aba8-4c7b000002f2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	148	11-1.1.1	11-1.1	\N	エシカル消費に関する講座の実施回数	回	perYear	f	f	60	15	15	15	15	\N	000_206d5557473b3492.txt	437
f2a8a75f-ccc6-46fd-aba8-4c7b000002f3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	149	11-1.3.1	11-1.3	\N	啓発チラシの配布枚数	部	perYear	f	f	40000	10000	10000	10000	10000	\N	000_206d5557473b3492.txt	445
f2a8a75f-ccc6-46fd-aba8-4c7b000002f4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	150	11-1.5.1	11-1.5	\N	イベント回数	回	perYear	f	f	4	1	1	1	1	\N	000_206d5557473b3492.txt	447
f2a8a75f-ccc6-46fd-aba8-4c7b000002f5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	151	11-3.1.1	11-3.1	\N	カンファレンス実施回数	回	perYear	f	f	4	1	1	1	1	\N	000_206d5557473b3492.txt	458
f2a8a75f-ccc6-46fd-aba8-4c7b000002f6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	152	11-3.4.1	11-3.4	\N	イベント回数	回	perYear	f	f	4	1	1	1	1	1	000_206d5557473b3492.txt	461
f2a8a75f-ccc6-46fd-aba8-4c7b000002f7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	153	11-3.5.1	11-3.5	\N	脱炭素など産業分野における環境に関する情報発信(メールマガジン配信数)	回	perYear	f	f	24	6	6	6	6	6	000_206d5557473b3492.txt	462
f2a8a75f-ccc6-46fd-aba8-4c7b000002f8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	154	11-3.7.1	11-3.7	\N	補助件数	件	perYear	f	f	80	20	20	20	20	\N	000_206d5557473b3492.txt	464
f2a8a75f-ccc6-46fd-aba8-4c7b000002f9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	155	11-3.9.1	11-3.9	\N	アクセラレータープログラム支援事業者数	社	perYear	f	f	175	\N	25	50	100	250	000_206d5557473b3492.txt	473
\.


--
-- Data for Name: measures; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measures (id, plan_id, "position", key, direction_key, number, name, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b0000008e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1-1/1/1	1-1/1	1	地域経済循環の推進	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b0000008f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	1-1/1/2	1-1/1	2	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	10
f2a8a75f-ccc6-46fd-aba8-4c7b00000090	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	1-1/2/1	1-1/2	1	商店街等地域の面的価値の向上に向けた取組みの推進	000_206d5557473b3492.txt	12
f2a8a75f-ccc6-46fd-aba8-4c7b00000091	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	1-1/2/2	1-1/2	2	個店の活動を後押しする取組みの推進	000_206d5557473b3492.txt	14
f2a8a75f-ccc6-46fd-aba8-4c7b00000092	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	1-1/3/1	1-1/3	1	商店街が担う公共的役割への支援	000_206d5557473b3492.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b00000093	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	1-1/3/2	1-1/3	2	商店街のマネジメント機能の育成	000_206d5557473b3492.txt	19
f2a8a75f-ccc6-46fd-aba8-4c7b00000094	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	1-1/3/3	1-1/3	3	商店街等地域の面的価値の向上に向けた取組みの推進	000_206d5557473b3492.txt	21
f2a8a75f-ccc6-46fd-aba8-4c7b00000095	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	1-1/4/1	1-1/4	1	商店街の地域連携の推進	000_206d5557473b3492.txt	23
f2a8a75f-ccc6-46fd-aba8-4c7b00000096	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	1-1/4/2	1-1/4	2	商店街が実施する新たな取り組みへの支援	000_206d5557473b3492.txt	32
f2a8a75f-ccc6-46fd-aba8-4c7b00000097	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	1-2/1/1	1-2/1	1	区内工業の維持・保全	000_206d5557473b3492.txt	33
f2a8a75f-ccc6-46fd-aba8-4c7b00000098	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	1-2/1/2	1-2/1	2	工業振興等公共的役割を担う団体の活動支援	000_206d5557473b3492.txt	34
f2a8a75f-ccc6-46fd-aba8-4c7b00000099	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	1-2/1/3	1-2/1	3	工業・ものづくりの魅力発信	000_206d5557473b3492.txt	35
f2a8a75f-ccc6-46fd-aba8-4c7b0000009a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	1-2/1/4	1-2/1	4	事業者の顔の見える化と交流促進支援	000_206d5557473b3492.txt	36
f2a8a75f-ccc6-46fd-aba8-4c7b0000009b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	1-2/2/1	1-2/2	2	住工共生まちづくりの推進	000_206d5557473b3492.txt	38
f2a8a75f-ccc6-46fd-aba8-4c7b0000009c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	1-3/1/1	1-3/1	1	区民に対する都市農業への理解促進	000_206d5557473b3492.txt	39
f2a8a75f-ccc6-46fd-aba8-4c7b0000009d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	1-3/1/2	1-3/1	2	農福連携の推進	000_206d5557473b3492.txt	40
f2a8a75f-ccc6-46fd-aba8-4c7b0000009e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	1-3/1/3	1-3/1	\N		000_206d5557473b3492.txt	50
f2a8a75f-ccc6-46fd-aba8-4c7b0000009f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	1-3/1/4	1-3/1	\N		000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b000000a0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	1-3/1/5	1-3/1	\N		000_206d5557473b3492.txt	53
f2a8a75f-ccc6-46fd-aba8-4c7b000000a1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	1-3/1/6	1-3/1	\N		000_206d5557473b3492.txt	54
f2a8a75f-ccc6-46fd-aba8-4c7b000000a2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	1-3/1/7	1-3/1	\N	区民に対する農業PR機会の創出	000_206d5557473b3492.txt	55
f2a8a75f-ccc6-46fd-aba8-4c7b000000a3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	1-3/1/8	1-3/1	\N		000_206d5557473b3492.txt	56
f2a8a75f-ccc6-46fd-aba8-4c7b000000a4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	1-3/1/9	1-3/1	\N		000_206d5557473b3492.txt	57
f2a8a75f-ccc6-46fd-aba8-4c7b000000a5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	1-3/1/10	1-3/1	\N	魅力ある農業経営の展開支援	000_206d5557473b3492.txt	58
f2a8a75f-ccc6-46fd-aba8-4c7b000000a6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	1-3/1/11	1-3/1	\N	農業者の担い手育成のための取組み推進	000_206d5557473b3492.txt	59
f2a8a75f-ccc6-46fd-aba8-4c7b000000a7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	1-4/1/1	1-4/1	1	公共事業における計画的な工事の機会創出	000_206d5557473b3492.txt	66
f2a8a75f-ccc6-46fd-aba8-4c7b000000a8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	1-4/1/2	1-4/1	2	区民が行う工事に関し、区内事業者が受注できる機会の創出	000_206d5557473b3492.txt	67
f2a8a75f-ccc6-46fd-aba8-4c7b000000a9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	1-4/1/3	1-4/1	3	建設業関連産業団体との意見交換等の実施	000_206d5557473b3492.txt	68
f2a8a75f-ccc6-46fd-aba8-4c7b000000aa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	1-4/2/1	1-4/2	1	地域産業の経営戦略の基盤となる人材採用	000_206d5557473b3492.txt	69
f2a8a75f-ccc6-46fd-aba8-4c7b000000ab	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	1-4/2/2	1-4/2	2	建設業の人材育成促進	000_206d5557473b3492.txt	70
f2a8a75f-ccc6-46fd-aba8-4c7b000000ac	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	1-4/2/3	1-4/2	3	建設業従事者の離職防止	000_206d5557473b3492.txt	71
f2a8a75f-ccc6-46fd-aba8-4c7b000000ad	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	1-4/3/1	1-4/3	1	公共事業における計画的な工事の機会創出	000_206d5557473b3492.txt	72
f2a8a75f-ccc6-46fd-aba8-4c7b000000ae	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	1-4/3/2	1-4/3	2	区民が行う工事に関し、区内事業者が受注できる機会の創出	000_206d5557473b3492.txt	73
f2a8a75f-ccc6-46fd-aba8-4c7b000000af	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	1-4/3/3	1-4/3	3	地域貢献活動への後押し	000_206d5557473b3492.txt	81
f2a8a75f-ccc6-46fd-aba8-4c7b000000b0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	1-5/1/1	1-5/1	1	産業プラザにおける交流促進機能の拡大	000_206d5557473b3492.txt	83
f2a8a75f-ccc6-46fd-aba8-4c7b000000b1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	1-5/1/2	1-5/1	2	区内産業間の連関促進	000_206d5557473b3492.txt	85
f2a8a75f-ccc6-46fd-aba8-4c7b000000b2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	1-5/1/3	1-5/1	3	産業団体との意見交換会等の実施	000_206d5557473b3492.txt	87
f2a8a75f-ccc6-46fd-aba8-4c7b000000b3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	1-5/2/1	1-5/2	1	行政サービスにおける区内事業者の積極的な活用を検討します。	000_206d5557473b3492.txt	89
f2a8a75f-ccc6-46fd-aba8-4c7b000000b4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	2-1/1/1	2-1/1	1	融資あっせん及び利子補給による事業者負担の軽減	000_206d5557473b3492.txt	91
f2a8a75f-ccc6-46fd-aba8-4c7b000000b5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	2-1/1/2	2-1/1	2	経営相談窓口の充実	000_206d5557473b3492.txt	92
f2a8a75f-ccc6-46fd-aba8-4c7b000000b6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	2-1/2/1	2-1/2	1	産業情報の効果的な発信	000_206d5557473b3492.txt	94
f2a8a75f-ccc6-46fd-aba8-4c7b000000b7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	2-2/1/1	2-2/1	1	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	103
f2a8a75f-ccc6-46fd-aba8-4c7b000000b8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	2-2/1/2	2-2/1	2	販路拡大やITの活用推進支援	000_206d5557473b3492.txt	104
f2a8a75f-ccc6-46fd-aba8-4c7b000000b9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	2-2/1/3	2-2/1	3	生産性向上に向けた設備整備の後押し	000_206d5557473b3492.txt	105
f2a8a75f-ccc6-46fd-aba8-4c7b000000ba	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	2-2/1/4	2-2/1	4	生産性向上に資する先端設備等の導入促進	000_206d5557473b3492.txt	106
f2a8a75f-ccc6-46fd-aba8-4c7b000000bb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	2-2/1/5	2-2/1	5	経営支援コーディネーターによる経営支援	000_206d5557473b3492.txt	107
f2a8a75f-ccc6-46fd-aba8-4c7b000000bc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	2-2/1/6	2-2/1	6	知的財産権の取得に対する支援	000_206d5557473b3492.txt	108
f2a8a75f-ccc6-46fd-aba8-4c7b000000bd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	2-2/1/7	2-2/1	7	ビジネスマッチングイベント出展支援	000_206d5557473b3492.txt	109
f2a8a75f-ccc6-46fd-aba8-4c7b000000be	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	2-2/1/8	2-2/1	8	中小事業者の技術開発支援	000_206d5557473b3492.txt	110
f2a8a75f-ccc6-46fd-aba8-4c7b000000bf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	2-2/1/9	2-2/1	9	中小事業者の技術開発支援	000_206d5557473b3492.txt	117
f2a8a75f-ccc6-46fd-aba8-4c7b000000c0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	2-2/1/10	2-2/1	10	事業者の顔の見える化と交流促進支援	000_206d5557473b3492.txt	118
f2a8a75f-ccc6-46fd-aba8-4c7b000000c1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	2-2/1/11	2-2/1	11	区内IT人材の育成支援	000_206d5557473b3492.txt	119
f2a8a75f-ccc6-46fd-aba8-4c7b000000c2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	2-2/1/12	2-2/1	12	従業員等のスキル向上に向けた普及啓発	000_206d5557473b3492.txt	120
f2a8a75f-ccc6-46fd-aba8-4c7b000000c3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	2-3/1/1	2-3/1	1	販路拡大やITの活用推進支援	000_206d5557473b3492.txt	121
f2a8a75f-ccc6-46fd-aba8-4c7b000000c4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	54	2-3/1/2	2-3/1	2	区内IT人材の育成	000_206d5557473b3492.txt	122
f2a8a75f-ccc6-46fd-aba8-4c7b000000c5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	55	2-4/1/1	2-4/1	1	安定的雇用の促進	000_206d5557473b3492.txt	123
f2a8a75f-ccc6-46fd-aba8-4c7b000000c6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	56	2-4/1/2	2-4/1	2	地域産業の経営戦略の基盤となる人材採用促進	000_206d5557473b3492.txt	124
f2a8a75f-ccc6-46fd-aba8-4c7b000000c7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	57	2-4/1/3	2-4/1	3	区内企業への従業員の定着促進支援	000_206d5557473b3492.txt	132
f2a8a75f-ccc6-46fd-aba8-4c7b000000c8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	58	2-4/1/4	2-4/1	4	「奨学金返還支援事業」を活用した登録企業の支援	000_206d5557473b3492.txt	133
f2a8a75f-ccc6-46fd-aba8-4c7b000000c9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	59	2-4/2/1	2-4/2	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	134
f2a8a75f-ccc6-46fd-aba8-4c7b000000ca	a2eace15-13c8-4611-b0bc-ad035f30bb6d	60	2-4/2/2	2-4/2	2	区民に対する都市農業への理解促進	000_206d5557473b3492.txt	135
f2a8a75f-ccc6-46fd-aba8-4c7b000000cb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	61	2-4/2/3	2-4/2	3	住工共生まちづくりの推進	000_206d5557473b3492.txt	136
f2a8a75f-ccc6-46fd-aba8-4c7b000000cc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	62	2-4/2/4	2-4/2	4	事業者の情報発信の後押しと交流支援	000_206d5557473b3492.txt	137
f2a8a75f-ccc6-46fd-aba8-4c7b000000cd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	63	2-4/2/5	2-4/2	5	イベントや区有地等を活用した区内事業者の出店機会の創出	000_206d5557473b3492.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000000ce	a2eace15-13c8-4611-b0bc-ad035f30bb6d	64	2-4/2/6	2-4/2	6	区内事業者間の取引機会の創出	000_206d5557473b3492.txt	139
f2a8a75f-ccc6-46fd-aba8-4c7b000000cf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	65	2-4/2/7	2-4/2	7	行政サービスにおける区内事業者やフリーランスの積極的な活用	000_206d5557473b3492.txt	147
f2a8a75f-ccc6-46fd-aba8-4c7b000000d0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	66	2-4/2/8	2-4/2	8	区民に対する農業PR機会の創出	000_206d5557473b3492.txt	148
f2a8a75f-ccc6-46fd-aba8-4c7b000000d1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	67	2-5/1/1	2-5/1	1	経営相談窓口の充実	000_206d5557473b3492.txt	149
f2a8a75f-ccc6-46fd-aba8-4c7b000000d2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	68	2-5/1/2	2-5/1	2	産業情報の発信強化	000_206d5557473b3492.txt	150
f2a8a75f-ccc6-46fd-aba8-4c7b000000d3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	69	2-5/2/1	2-5/2	1	産業情報の効果的な発信	000_206d5557473b3492.txt	151
f2a8a75f-ccc6-46fd-aba8-4c7b000000d4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	70	2-5/2/2	2-5/2	2	地域経済の分析情報等の提供・共有	000_206d5557473b3492.txt	152
f2a8a75f-ccc6-46fd-aba8-4c7b000000d5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	71	2-5/2/3	2-5/2	3	区内事業者の実態調査の実施	000_206d5557473b3492.txt	153
f2a8a75f-ccc6-46fd-aba8-4c7b000000d6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	72	2-5/2/4	2-5/2	4	産業団体との意見交換会等の実施	000_206d5557473b3492.txt	154
f2a8a75f-ccc6-46fd-aba8-4c7b000000d7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	73	2-5/2/5	2-5/2	5	区内農業者への情報発信	000_206d5557473b3492.txt	162
f2a8a75f-ccc6-46fd-aba8-4c7b000000d8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	74	2-6/1/1	2-6/1	1	地域建設産業との意見交換会の取組みと社会貢献活動の後押し	000_206d5557473b3492.txt	163
f2a8a75f-ccc6-46fd-aba8-4c7b000000d9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	75	2-6/1/2	2-6/1	2	BCP(事業継続計画)策定支援	000_206d5557473b3492.txt	164
f2a8a75f-ccc6-46fd-aba8-4c7b000000da	a2eace15-13c8-4611-b0bc-ad035f30bb6d	76	2-7/1/1	2-7/1	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b000000db	a2eace15-13c8-4611-b0bc-ad035f30bb6d	77	2-7/1/2	2-7/1	2	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	166
f2a8a75f-ccc6-46fd-aba8-4c7b000000dc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	78	2-7/1/3	2-7/1	3	商店街等地域の面的価値の向上に向けた取組みの推進	000_206d5557473b3492.txt	167
f2a8a75f-ccc6-46fd-aba8-4c7b000000dd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	79	2-7/1/4	2-7/1	4	補助金等の電子申請の拡大等の利便性向上	000_206d5557473b3492.txt	168
f2a8a75f-ccc6-46fd-aba8-4c7b000000de	a2eace15-13c8-4611-b0bc-ad035f30bb6d	80	2-7/1/5	2-7/1	5	産業インフラの改善に向けた意見交換会の実施	000_206d5557473b3492.txt	176
f2a8a75f-ccc6-46fd-aba8-4c7b000000df	a2eace15-13c8-4611-b0bc-ad035f30bb6d	81	3-1/1/1	3-1/1	1	事業承継の円滑な推進	000_206d5557473b3492.txt	177
f2a8a75f-ccc6-46fd-aba8-4c7b000000e0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	82	3-1/1/2	3-1/1	2	経営相談窓口の充実	000_206d5557473b3492.txt	178
f2a8a75f-ccc6-46fd-aba8-4c7b000000e1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	83	3-1/1/3	3-1/1	3	産業情報の発信強化	000_206d5557473b3492.txt	179
f2a8a75f-ccc6-46fd-aba8-4c7b000000e2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	84	3-1/1/4	3-1/1	4	農業者の担い手育成のための取組み推進	000_206d5557473b3492.txt	180
f2a8a75f-ccc6-46fd-aba8-4c7b000000e3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	85	3-1/2/1	3-1/2	1	経営相談窓口の充実	000_206d5557473b3492.txt	181
f2a8a75f-ccc6-46fd-aba8-4c7b000000e4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	86	3-1/2/2	3-1/2	2	区民の起業・創業の促進	000_206d5557473b3492.txt	183
f2a8a75f-ccc6-46fd-aba8-4c7b000000e5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	87	3-2/1/1	3-2/1	1	公共的役割を担う産業団体等の活動への支援	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b000000e6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	88	3-2/1/2	3-2/1	2	工業振興等公共的役割を担う団体の活動支援	000_206d5557473b3492.txt	191
f2a8a75f-ccc6-46fd-aba8-4c7b000000e7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	89	3-2/1/3	3-2/1	3	地域建設産業との意見交換会の取組みと社会貢献活動の後押し	000_206d5557473b3492.txt	192
f2a8a75f-ccc6-46fd-aba8-4c7b000000e8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	90	3-2/1/4	3-2/1	4	事業者等に対する公共的役割を担う団体の活動支援	000_206d5557473b3492.txt	193
f2a8a75f-ccc6-46fd-aba8-4c7b000000e9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	91	3-3/1/1	3-3/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	194
f2a8a75f-ccc6-46fd-aba8-4c7b000000ea	a2eace15-13c8-4611-b0bc-ad035f30bb6d	92	3-3/1/2	3-3/1	2	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	195
f2a8a75f-ccc6-46fd-aba8-4c7b000000eb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	93	3-3/1/3	3-3/1	3	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	196
f2a8a75f-ccc6-46fd-aba8-4c7b000000ec	a2eace15-13c8-4611-b0bc-ad035f30bb6d	94	3-3/1/4	3-3/1	4	住工共生まちづくりの推進	000_206d5557473b3492.txt	197
f2a8a75f-ccc6-46fd-aba8-4c7b000000ed	a2eace15-13c8-4611-b0bc-ad035f30bb6d	95	3-3/1/5	3-3/1	5	キャリアデザインサポート事業	000_206d5557473b3492.txt	204
f2a8a75f-ccc6-46fd-aba8-4c7b000000ee	a2eace15-13c8-4611-b0bc-ad035f30bb6d	96	4-1/1/1	4-1/1	1	生活と仕事が密接な働き方を後押しする場の環境整備	000_206d5557473b3492.txt	205
f2a8a75f-ccc6-46fd-aba8-4c7b000000ef	a2eace15-13c8-4611-b0bc-ad035f30bb6d	97	4-1/1/2	4-1/1	2	産業広報誌等を通じた優良事例の発信	000_206d5557473b3492.txt	206
f2a8a75f-ccc6-46fd-aba8-4c7b000000f0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	98	4-1/2/1	4-1/2	1	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	207
f2a8a75f-ccc6-46fd-aba8-4c7b000000f1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	99	4-1/3/1	4-1/3	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	208
f2a8a75f-ccc6-46fd-aba8-4c7b000000f2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	100	4-1/4/1	4-1/4	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	209
f2a8a75f-ccc6-46fd-aba8-4c7b000000f3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	101	4-1/4/2	4-1/4	2	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	210
f2a8a75f-ccc6-46fd-aba8-4c7b000000f4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	102	4-1/4/3	4-1/4	3	産業プラザにおける交流促進機能の拡大	000_206d5557473b3492.txt	211
f2a8a75f-ccc6-46fd-aba8-4c7b000000f5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	103	4-1/5/1	4-1/5	1	融資あっせん及び利子補給による事業者負担の軽減	000_206d5557473b3492.txt	218
f2a8a75f-ccc6-46fd-aba8-4c7b000000f6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	104	4-1/5/2	4-1/5	2	経営相談窓口の充実	000_206d5557473b3492.txt	219
f2a8a75f-ccc6-46fd-aba8-4c7b000000f7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	105	4-1/5/3	4-1/5	3	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	220
f2a8a75f-ccc6-46fd-aba8-4c7b000000f8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	106	4-1/5/4	4-1/5	4	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	221
f2a8a75f-ccc6-46fd-aba8-4c7b000000f9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	107	4-1/5/5	4-1/5	5	多様な働き方の環境整備	000_206d5557473b3492.txt	222
f2a8a75f-ccc6-46fd-aba8-4c7b000000fa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	108	4-1/5/6	4-1/5	6	産業情報の発信強化	000_206d5557473b3492.txt	223
f2a8a75f-ccc6-46fd-aba8-4c7b000000fb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	109	4-1/6/1	4-1/6	1	産業振興公社による事業者支援の強化	000_206d5557473b3492.txt	224
f2a8a75f-ccc6-46fd-aba8-4c7b000000fc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	110	4-1/6/2	4-1/6	2	産業団体との意見交換会等の実施	000_206d5557473b3492.txt	225
f2a8a75f-ccc6-46fd-aba8-4c7b000000fd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	111	4-1/6/3	4-1/6	3	地域金融機関等とのネットワークの強化	000_206d5557473b3492.txt	233
f2a8a75f-ccc6-46fd-aba8-4c7b000000fe	a2eace15-13c8-4611-b0bc-ad035f30bb6d	112	4-2/1/1	4-2/1	1	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	234
f2a8a75f-ccc6-46fd-aba8-4c7b000000ff	a2eace15-13c8-4611-b0bc-ad035f30bb6d	113	4-2/1/2	4-2/1	2	産業交流による新たな産業の創出	000_206d5557473b3492.txt	235
f2a8a75f-ccc6-46fd-aba8-4c7b00000100	a2eace15-13c8-4611-b0bc-ad035f30bb6d	114	4-2/1/3	4-2/1	3	行政サービスにおける区内事業者やフリーランスの積極的な活用	000_206d5557473b3492.txt	236
f2a8a75f-ccc6-46fd-aba8-4c7b00000101	a2eace15-13c8-4611-b0bc-ad035f30bb6d	115	4-2/1/4	4-2/1	4	産業支援業の活用推進	000_206d5557473b3492.txt	237
f2a8a75f-ccc6-46fd-aba8-4c7b00000102	a2eace15-13c8-4611-b0bc-ad035f30bb6d	116	4-3/1/1	4-3/1	1	区民の起業・創業の促進	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b00000103	a2eace15-13c8-4611-b0bc-ad035f30bb6d	117	4-3/1/2	4-3/1	2	産業情報の発信強化	000_206d5557473b3492.txt	239
f2a8a75f-ccc6-46fd-aba8-4c7b00000104	a2eace15-13c8-4611-b0bc-ad035f30bb6d	118	4-3/1/3	4-3/1	3	経営支援コーディネーターによる経営支援の実施	000_206d5557473b3492.txt	240
f2a8a75f-ccc6-46fd-aba8-4c7b00000105	a2eace15-13c8-4611-b0bc-ad035f30bb6d	119	4-3/2/1	4-3/2	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	247
f2a8a75f-ccc6-46fd-aba8-4c7b00000106	a2eace15-13c8-4611-b0bc-ad035f30bb6d	120	4-3/2/2	4-3/2	2	経営相談窓口の充実	000_206d5557473b3492.txt	248
f2a8a75f-ccc6-46fd-aba8-4c7b00000107	a2eace15-13c8-4611-b0bc-ad035f30bb6d	121	4-3/3/1	4-3/3	1	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	249
f2a8a75f-ccc6-46fd-aba8-4c7b00000108	a2eace15-13c8-4611-b0bc-ad035f30bb6d	122	4-3/3/2	4-3/3	2	産業交流による新たな産業の創出	000_206d5557473b3492.txt	250
f2a8a75f-ccc6-46fd-aba8-4c7b00000109	a2eace15-13c8-4611-b0bc-ad035f30bb6d	123	4-3/3/3	4-3/3	3	基金やファンド等による区民が応援できる仕組みの検討	000_206d5557473b3492.txt	251
f2a8a75f-ccc6-46fd-aba8-4c7b0000010a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	124	4-4/1/1	4-4/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	252
f2a8a75f-ccc6-46fd-aba8-4c7b0000010b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	125	4-4/1/2	4-4/1	2	産業プラザにおける交流促進機能の拡大	000_206d5557473b3492.txt	253
f2a8a75f-ccc6-46fd-aba8-4c7b0000010c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	126	5-1/1/1	5-1/1	1	安定的雇用の促進	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b0000010d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	127	5-1/1/2	5-1/1	2	地域産業の経営戦略の基盤となる人材採用	000_206d5557473b3492.txt	261
f2a8a75f-ccc6-46fd-aba8-4c7b0000010e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	128	5-1/1/3	5-1/1	3	高齢者就労メニューのさらなる充実	000_206d5557473b3492.txt	262
f2a8a75f-ccc6-46fd-aba8-4c7b0000010f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	129	5-1/2/1	5-1/2	1	多様な働き方の環境整備	000_206d5557473b3492.txt	263
f2a8a75f-ccc6-46fd-aba8-4c7b00000110	a2eace15-13c8-4611-b0bc-ad035f30bb6d	130	5-2/1/1	5-2/1	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	264
f2a8a75f-ccc6-46fd-aba8-4c7b00000111	a2eace15-13c8-4611-b0bc-ad035f30bb6d	131	5-2/1/2	5-2/1	2	生活と仕事が密接な働き方を後押しする場の環境整備	000_206d5557473b3492.txt	265
f2a8a75f-ccc6-46fd-aba8-4c7b00000112	a2eace15-13c8-4611-b0bc-ad035f30bb6d	132	5-2/2/1	5-2/2	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	266
f2a8a75f-ccc6-46fd-aba8-4c7b00000113	a2eace15-13c8-4611-b0bc-ad035f30bb6d	133	5-2/2/2	5-2/2	2	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	267
f2a8a75f-ccc6-46fd-aba8-4c7b00000114	a2eace15-13c8-4611-b0bc-ad035f30bb6d	134	5-2/2/3	5-2/2	3	産業プラザにおける交流促進機能の拡大	000_206d5557473b3492.txt	275
f2a8a75f-ccc6-46fd-aba8-4c7b00000115	a2eace15-13c8-4611-b0bc-ad035f30bb6d	135	5-3/1/1	5-3/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	276
f2a8a75f-ccc6-46fd-aba8-4c7b00000116	a2eace15-13c8-4611-b0bc-ad035f30bb6d	136	5-3/1/2	5-3/1	2	安定の雇用の促進	000_206d5557473b3492.txt	277
f2a8a75f-ccc6-46fd-aba8-4c7b00000117	a2eace15-13c8-4611-b0bc-ad035f30bb6d	137	5-3/1/3	5-3/1	3	高齢者就労メニューのさらなる充実	000_206d5557473b3492.txt	278
f2a8a75f-ccc6-46fd-aba8-4c7b00000118	a2eace15-13c8-4611-b0bc-ad035f30bb6d	138	5-3/2/1	5-3/2	1	多様な働き方の環境整備	000_206d5557473b3492.txt	279
f2a8a75f-ccc6-46fd-aba8-4c7b00000119	a2eace15-13c8-4611-b0bc-ad035f30bb6d	139	5-3/2/2	5-3/2	2	産業情報の発信強化	000_206d5557473b3492.txt	280
f2a8a75f-ccc6-46fd-aba8-4c7b0000011a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	140	5-3/3/1	5-3/3	1	多様な働き方の環境整備	000_206d5557473b3492.txt	281
f2a8a75f-ccc6-46fd-aba8-4c7b0000011b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	141	5-3/4/1	5-3/4	1	経営相談窓口の充実	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b0000011c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	142	5-3/4/2	5-3/4	2	産業情報の発信強化	000_206d5557473b3492.txt	289
f2a8a75f-ccc6-46fd-aba8-4c7b0000011d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	143	6-1/1/1	6-1/1	1	勤労者福祉機能等の向上	000_206d5557473b3492.txt	290
f2a8a75f-ccc6-46fd-aba8-4c7b0000011e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	144	6-1/1/2	6-1/1	3	産業広報誌等を通じた優良事例の発信	000_206d5557473b3492.txt	291
f2a8a75f-ccc6-46fd-aba8-4c7b0000011f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	145	6-1/2/1	6-1/2	1	セラ・サービスの充実	000_206d5557473b3492.txt	292
f2a8a75f-ccc6-46fd-aba8-4c7b00000120	a2eace15-13c8-4611-b0bc-ad035f30bb6d	146	6-2/1/1	6-2/1	1	多様な働き方の環境整備	000_206d5557473b3492.txt	293
f2a8a75f-ccc6-46fd-aba8-4c7b00000121	a2eace15-13c8-4611-b0bc-ad035f30bb6d	147	6-2/1/2	6-2/1	2	多様な働き方に関する理解促進と意識向上	000_206d5557473b3492.txt	294
f2a8a75f-ccc6-46fd-aba8-4c7b00000122	a2eace15-13c8-4611-b0bc-ad035f30bb6d	148	6-2/1/3	6-2/1	3	多様な働き方に関する理解促進と意識向上	000_206d5557473b3492.txt	295
f2a8a75f-ccc6-46fd-aba8-4c7b00000123	a2eace15-13c8-4611-b0bc-ad035f30bb6d	149	6-3/1/1	6-3/1	1	ハラスメント相談外部委託サービスの実施	000_206d5557473b3492.txt	302
f2a8a75f-ccc6-46fd-aba8-4c7b00000124	a2eace15-13c8-4611-b0bc-ad035f30bb6d	150	6-3/1/2	6-3/1	2	メンタルヘルス相談の実施	000_206d5557473b3492.txt	304
f2a8a75f-ccc6-46fd-aba8-4c7b00000125	a2eace15-13c8-4611-b0bc-ad035f30bb6d	151	6-3/2/1	6-3/2	1	農福連携の推進	000_206d5557473b3492.txt	306
f2a8a75f-ccc6-46fd-aba8-4c7b00000126	a2eace15-13c8-4611-b0bc-ad035f30bb6d	152	6-3/2/2	6-3/2	3	産業プラザにおける交流促進機能の拡大	000_206d5557473b3492.txt	309
f2a8a75f-ccc6-46fd-aba8-4c7b00000127	a2eace15-13c8-4611-b0bc-ad035f30bb6d	153	6-3/3/1	6-3/3	1	高齢者就労メニューのさらなる充実	000_206d5557473b3492.txt	311
f2a8a75f-ccc6-46fd-aba8-4c7b00000128	a2eace15-13c8-4611-b0bc-ad035f30bb6d	154	6-3/4/1	6-3/4	1	多様性を認め合う経営の周知・普及	000_206d5557473b3492.txt	313
f2a8a75f-ccc6-46fd-aba8-4c7b00000129	a2eace15-13c8-4611-b0bc-ad035f30bb6d	155	6-3/4/2	6-3/4	2	農福連携の推進	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b0000012a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	156	6-3/4/3	6-3/4	3	障害者雇用の促進	000_206d5557473b3492.txt	322
f2a8a75f-ccc6-46fd-aba8-4c7b0000012b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	157	6-3/5/1	6-3/5	1	再犯防止のための就労の推進	000_206d5557473b3492.txt	323
f2a8a75f-ccc6-46fd-aba8-4c7b0000012c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	158	6-3/6/1	6-3/6	1	外国籍区民雇用に関する理解の促進	000_206d5557473b3492.txt	324
f2a8a75f-ccc6-46fd-aba8-4c7b0000012d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	159	6-3/7/1	6-3/7	1	外国籍区民就労に関する理解の促進	000_206d5557473b3492.txt	325
f2a8a75f-ccc6-46fd-aba8-4c7b0000012e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	160	7-1/1/1	7-1/1	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	326
f2a8a75f-ccc6-46fd-aba8-4c7b0000012f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	161	7-1/2/1	7-1/2	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	327
f2a8a75f-ccc6-46fd-aba8-4c7b00000130	a2eace15-13c8-4611-b0bc-ad035f30bb6d	162	7-2/1/1	7-2/1	1	区民の起業・創業の促進	000_206d5557473b3492.txt	328
f2a8a75f-ccc6-46fd-aba8-4c7b00000131	a2eace15-13c8-4611-b0bc-ad035f30bb6d	163	7-2/1/2	7-2/1	2	産業情報の発信強化	000_206d5557473b3492.txt	335
f2a8a75f-ccc6-46fd-aba8-4c7b00000132	a2eace15-13c8-4611-b0bc-ad035f30bb6d	164	7-2/1/3	7-2/1	3	経営支援コーディネーターによる経営支援の実施	000_206d5557473b3492.txt	336
f2a8a75f-ccc6-46fd-aba8-4c7b00000133	a2eace15-13c8-4611-b0bc-ad035f30bb6d	165	7-2/2/1	7-2/2	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	337
f2a8a75f-ccc6-46fd-aba8-4c7b00000134	a2eace15-13c8-4611-b0bc-ad035f30bb6d	166	7-2/2/2	7-2/2	2	経営相談窓口の充実	000_206d5557473b3492.txt	338
f2a8a75f-ccc6-46fd-aba8-4c7b00000135	a2eace15-13c8-4611-b0bc-ad035f30bb6d	167	7-2/3/1	7-2/3	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	339
f2a8a75f-ccc6-46fd-aba8-4c7b00000136	a2eace15-13c8-4611-b0bc-ad035f30bb6d	168	7-2/3/2	7-2/3	2	基金やファンド等による区民が応援できる仕組みの検討	000_206d5557473b3492.txt	340
f2a8a75f-ccc6-46fd-aba8-4c7b00000137	a2eace15-13c8-4611-b0bc-ad035f30bb6d	169	7-2/4/1	7-2/4	1	地域連携型ハンズオン支援の実施	000_206d5557473b3492.txt	341
f2a8a75f-ccc6-46fd-aba8-4c7b00000138	a2eace15-13c8-4611-b0bc-ad035f30bb6d	170	7-2/4/2	7-2/4	2	区内起業・創業チャレンジ支援	000_206d5557473b3492.txt	342
f2a8a75f-ccc6-46fd-aba8-4c7b00000139	a2eace15-13c8-4611-b0bc-ad035f30bb6d	171	7-2/4/3	7-2/4	3	建設業関連産業団体との意見交換等の実施	000_206d5557473b3492.txt	349
f2a8a75f-ccc6-46fd-aba8-4c7b0000013a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	172	7-2/4/4	7-2/4	4	産業団体との意見交換会等の実施	000_206d5557473b3492.txt	350
f2a8a75f-ccc6-46fd-aba8-4c7b0000013b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	173	7-2/4/5	7-2/4	5	地域金融機関等とのネットワークの強化	000_206d5557473b3492.txt	351
f2a8a75f-ccc6-46fd-aba8-4c7b0000013c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	174	7-3/1/1	7-3/1	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	352
f2a8a75f-ccc6-46fd-aba8-4c7b0000013d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	175	7-3/1/2	7-3/1	2	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	353
f2a8a75f-ccc6-46fd-aba8-4c7b0000013e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	176	7-3/2/1	7-3/2	1	区内事業者の実態調査の実施	000_206d5557473b3492.txt	354
f2a8a75f-ccc6-46fd-aba8-4c7b0000013f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	177	7-3/3/1	7-3/3	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	355
f2a8a75f-ccc6-46fd-aba8-4c7b00000140	a2eace15-13c8-4611-b0bc-ad035f30bb6d	178	7-3/3/2	7-3/3	2	産業交流による新たな産業の創出	000_206d5557473b3492.txt	356
f2a8a75f-ccc6-46fd-aba8-4c7b00000141	a2eace15-13c8-4611-b0bc-ad035f30bb6d	179	8-1/1/1	8-1/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b00000142	a2eace15-13c8-4611-b0bc-ad035f30bb6d	180	8-1/1/2	8-1/1	2	産業視点からの福祉事業の課題解決	000_206d5557473b3492.txt	365
f2a8a75f-ccc6-46fd-aba8-4c7b00000143	a2eace15-13c8-4611-b0bc-ad035f30bb6d	181	8-1/1/3	8-1/1	3	農福連携の推進	000_206d5557473b3492.txt	366
f2a8a75f-ccc6-46fd-aba8-4c7b00000144	a2eace15-13c8-4611-b0bc-ad035f30bb6d	182	8-1/1/4	8-1/1	4	産業情報の発信強化	000_206d5557473b3492.txt	367
f2a8a75f-ccc6-46fd-aba8-4c7b00000145	a2eace15-13c8-4611-b0bc-ad035f30bb6d	183	8-2/1/1	8-2/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	368
f2a8a75f-ccc6-46fd-aba8-4c7b00000146	a2eace15-13c8-4611-b0bc-ad035f30bb6d	184	8-2/1/2	8-2/1	6	産業視点からの福祉事業の課題解決	000_206d5557473b3492.txt	369
f2a8a75f-ccc6-46fd-aba8-4c7b00000147	a2eace15-13c8-4611-b0bc-ad035f30bb6d	185	8-2/1/3	8-2/1	7	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	370
f2a8a75f-ccc6-46fd-aba8-4c7b00000148	a2eace15-13c8-4611-b0bc-ad035f30bb6d	186	8-2/1/4	8-2/1	8	高齢者就労メニューのさらなる充実	000_206d5557473b3492.txt	371
f2a8a75f-ccc6-46fd-aba8-4c7b00000149	a2eace15-13c8-4611-b0bc-ad035f30bb6d	187	9-1/1/1	9-1/1	1	産業広報誌等を通じた優良事例の発信	000_206d5557473b3492.txt	378
f2a8a75f-ccc6-46fd-aba8-4c7b0000014a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	188	9-1/2/1	9-1/2	1	産業視点からの福祉事業の課題解決	000_206d5557473b3492.txt	379
f2a8a75f-ccc6-46fd-aba8-4c7b0000014b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	189	9-1/2/2	9-1/2	2	基金やファンド等による区民が応援できる仕組みの検討	000_206d5557473b3492.txt	380
f2a8a75f-ccc6-46fd-aba8-4c7b0000014c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	190	9-1/3/1	9-1/3	1	産業視点からの福祉事業の課題解決	000_206d5557473b3492.txt	381
f2a8a75f-ccc6-46fd-aba8-4c7b0000014d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	191	9-1/3/2	9-1/3	2	高齢者就労メニューのさらなる充実	000_206d5557473b3492.txt	382
f2a8a75f-ccc6-46fd-aba8-4c7b0000014e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	192	9-1/3/3	9-1/3	3	地域・社会課題解決に向けたソーシャルビジネスの推進	000_206d5557473b3492.txt	383
f2a8a75f-ccc6-46fd-aba8-4c7b0000014f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	193	9-2/1/1	9-2/1	1	産業交流による新たな産業の創出	000_206d5557473b3492.txt	384
f2a8a75f-ccc6-46fd-aba8-4c7b00000150	a2eace15-13c8-4611-b0bc-ad035f30bb6d	194	9-2/1/2	9-2/1	2	産業視点からの福祉事業の課題解決	000_206d5557473b3492.txt	385
f2a8a75f-ccc6-46fd-aba8-4c7b00000151	a2eace15-13c8-4611-b0bc-ad035f30bb6d	195	9-2/1/3	9-2/1	3	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	393
f2a8a75f-ccc6-46fd-aba8-4c7b00000152	a2eace15-13c8-4611-b0bc-ad035f30bb6d	196	10-1/1/1	10-1/1	1	地域経済循環の推進	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b00000153	a2eace15-13c8-4611-b0bc-ad035f30bb6d	197	10-1/2/1	10-1/2	1	消費者の安心安全の確保と消費行動の影響についての意識向上の推進	000_206d5557473b3492.txt	402
f2a8a75f-ccc6-46fd-aba8-4c7b00000154	a2eace15-13c8-4611-b0bc-ad035f30bb6d	198	10-1/3/1	10-1/3	1	商店街の地域連携の推進	000_206d5557473b3492.txt	403
f2a8a75f-ccc6-46fd-aba8-4c7b00000155	a2eace15-13c8-4611-b0bc-ad035f30bb6d	199	10-1/3/2	10-1/3	2	個店の活動を後押しする取組みの推進	000_206d5557473b3492.txt	404
f2a8a75f-ccc6-46fd-aba8-4c7b00000156	a2eace15-13c8-4611-b0bc-ad035f30bb6d	200	10-1/4/1	10-1/4	1	商店街等地域の面的価値の向上に向けた取組みの推進	000_206d5557473b3492.txt	405
f2a8a75f-ccc6-46fd-aba8-4c7b00000157	a2eace15-13c8-4611-b0bc-ad035f30bb6d	201	10-1/5/1	10-1/5	1	まちなか観光の推進	000_206d5557473b3492.txt	406
f2a8a75f-ccc6-46fd-aba8-4c7b00000158	a2eace15-13c8-4611-b0bc-ad035f30bb6d	202	10-1/5/2	10-1/5	2	まちなか観光の推進	000_206d5557473b3492.txt	407
f2a8a75f-ccc6-46fd-aba8-4c7b00000159	a2eace15-13c8-4611-b0bc-ad035f30bb6d	203	10-2/1/1	10-2/1	\N	まちなか観光推進に向けたデータ収集・分析	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b0000015a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	204	10-2/1/2	10-2/1	\N	まちなか観光の推進	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b0000015b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	205	10-2/2/1	10-2/2	1	世田谷区版団柄入りナンバープレートの普及啓発	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b0000015c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	206	10-2/2/2	10-2/2	\N		000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b0000015d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	207	10-2/2/3	10-2/2	\N	世田谷みやげの啓発活動の実施	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b0000015e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	208	10-3/1/1	10-3/1	2	世田谷のまちと産業の魅力発信プロジェクト	000_206d5557473b3492.txt	422
f2a8a75f-ccc6-46fd-aba8-4c7b0000015f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	209	10-3/2/1	10-3/2	1	世田谷みやげ	000_206d5557473b3492.txt	424
f2a8a75f-ccc6-46fd-aba8-4c7b00000160	a2eace15-13c8-4611-b0bc-ad035f30bb6d	210	10-3/2/2	10-3/2	2	農産物の高付加価値化の促進	000_206d5557473b3492.txt	427
f2a8a75f-ccc6-46fd-aba8-4c7b00000161	a2eace15-13c8-4611-b0bc-ad035f30bb6d	211	10-3/2/3	10-3/2	3	魅力ある農業経営の展開支援	000_206d5557473b3492.txt	430
f2a8a75f-ccc6-46fd-aba8-4c7b00000162	a2eace15-13c8-4611-b0bc-ad035f30bb6d	212	10-3/3/1	10-3/3	1	地域経済循環の推進	000_206d5557473b3492.txt	433
f2a8a75f-ccc6-46fd-aba8-4c7b00000163	a2eace15-13c8-4611-b0bc-ad035f30bb6d	213	10-3/3/2	10-3/3	2	世田谷区版図柄入りナンバープレートの普及啓発	000_206d5557473b3492.txt	435
f2a8a75f-ccc6-46fd-aba8-4c7b00000164	a2eace15-13c8-4611-b0bc-ad035f30bb6d	214	11-1/1/1	11-1/1	1	持続可能な消費者行動の推進	000_206d5557473b3492.txt	437
f2a8a75f-ccc6-46fd-aba8-4c7b00000165	a2eace15-13c8-4611-b0bc-ad035f30bb6d	215	11-1/1/2	11-1/1	2	魅力ある農業経営の展開支援	000_206d5557473b3492.txt	444
f2a8a75f-ccc6-46fd-aba8-4c7b00000166	a2eace15-13c8-4611-b0bc-ad035f30bb6d	216	11-1/2/1	11-1/2	1	持続可能な消費者行動の推進	000_206d5557473b3492.txt	445
f2a8a75f-ccc6-46fd-aba8-4c7b00000167	a2eace15-13c8-4611-b0bc-ad035f30bb6d	217	11-1/2/2	11-1/2	2	世田谷産農産物「せたがやそだち」の販売促進による地産地消の推進	000_206d5557473b3492.txt	446
f2a8a75f-ccc6-46fd-aba8-4c7b00000168	a2eace15-13c8-4611-b0bc-ad035f30bb6d	218	11-1/3/1	11-1/3	1	エシカル消費を実践する事業者によるイベントの開催	000_206d5557473b3492.txt	447
f2a8a75f-ccc6-46fd-aba8-4c7b00000169	a2eace15-13c8-4611-b0bc-ad035f30bb6d	219	11-1/3/2	11-1/3	2	持続可能な消費者行動の推進	000_206d5557473b3492.txt	448
f2a8a75f-ccc6-46fd-aba8-4c7b0000016a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	220	11-2/1/1	11-2/1	1	持続可能な事業者行動の推進	000_206d5557473b3492.txt	449
f2a8a75f-ccc6-46fd-aba8-4c7b0000016b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	221	11-2/1/2	11-2/1	2	事業者の食品ロスや廃棄物の削減、地産地消の取組み、フェアトレードなど環境に関する啓発活動	000_206d5557473b3492.txt	450
f2a8a75f-ccc6-46fd-aba8-4c7b0000016c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	222	11-2/1/3	11-2/1	3	魅力ある農業経営の展開支援	000_206d5557473b3492.txt	451
f2a8a75f-ccc6-46fd-aba8-4c7b0000016d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	223	11-3/1/1	11-3/1	1	持続可能な事業者行動の推進	000_206d5557473b3492.txt	458
f2a8a75f-ccc6-46fd-aba8-4c7b0000016e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	224	11-3/1/2	11-3/1	2	事業者の食品ロスや廃棄物の削減、地産地消の取組み、フェアトレードなど環境に関する啓発活動	000_206d5557473b3492.txt	459
f2a8a75f-ccc6-46fd-aba8-4c7b0000016f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	225	11-3/1/3	11-3/1	3	魅力ある農業経営の展開支援	000_206d5557473b3492.txt	460
f2a8a75f-ccc6-46fd-aba8-4c7b00000170	a2eace15-13c8-4611-b0bc-ad035f30bb6d	226	11-3/2/1	11-3/2	2	エシカル消費を実践する事業者によるイベントの開催	000_206d5557473b3492.txt	461
f2a8a75f-ccc6-46fd-aba8-4c7b00000171	a2eace15-13c8-4611-b0bc-ad035f30bb6d	227	11-3/3/1	11-3/3	1	産業情報の発信強化	000_206d5557473b3492.txt	462
f2a8a75f-ccc6-46fd-aba8-4c7b00000172	a2eace15-13c8-4611-b0bc-ad035f30bb6d	228	11-3/3/2	11-3/3	2	環境認証等の取得促進	000_206d5557473b3492.txt	463
f2a8a75f-ccc6-46fd-aba8-4c7b00000173	a2eace15-13c8-4611-b0bc-ad035f30bb6d	229	11-3/3/3	11-3/3	3	生産性向上に向けた設備整備の後押し	000_206d5557473b3492.txt	464
f2a8a75f-ccc6-46fd-aba8-4c7b00000174	a2eace15-13c8-4611-b0bc-ad035f30bb6d	230	11-3/3/4	11-3/3	4	持続可能な事業者行動の推進	000_206d5557473b3492.txt	465
f2a8a75f-ccc6-46fd-aba8-4c7b00000175	a2eace15-13c8-4611-b0bc-ad035f30bb6d	231	11-3/4/1	11-3/4	1	新たな価値を創出する事業者・人材の育成、区内産業のイノベーションの創出	000_206d5557473b3492.txt	473
\.


--
-- Data for Name: placements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.placements (id, plan_id, "position", key, goal_code, direction_key, measure_key, project_name, content, roadmap_r6, roadmap_r9, roadmap_r13, relisted, original_key, priority, implementation_plan, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b00000176	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1-1.1	1-1	1-1/1	1-1/1/1	せたがやPay事業の実施	世田谷区商店街振興組合連合会が実施するデジタル地域通貨「せたがやPay」の運営を支援し、中小個店デジタルプラットフォームとして区内中小個店や商店街の稼ぐ力を下げる基盤として整備することで、地域経済の活性化(中小個店支援)や電子決済定着による産業効率化(地域産業DX)等を推進し、もって地域経済の循環を図ります。	せたがやPay事業補助の実施	せたがやPay事業補助の実施	せたがやPay事業補助の実施	f	\N	t	t	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b00000177	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	1-1.2	1-1	1-1/1	1-1/1/2		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行います。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業について は旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業 は未定)	f	\N	t	t	000_206d5557473b3492.txt	10
f2a8a75f-ccc6-46fd-aba8-4c7b00000178	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	1-1.3	1-1	1-1/2	1-1/2/1	エリアリノベーションの実施	商店街を含む地域エリア全体の「稼ぐ力」の向上や魅力の再創出、空き店舗の発生の予防等を目的として、地域の人材を掘り起こし、核となる店舗誘致や遊休資産などの地域資源を活かすことで新たな需要を取り込み、もって地域経済の循環を図ります。	モデル地域におけるリノベーションスクール・ 勉強会等の実施	モデル地域における創業、新規事業実施に 係る支援	モデル地域事例の横展開	f	\N	t	f	000_206d5557473b3492.txt	12
f2a8a75f-ccc6-46fd-aba8-4c7b00000179	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	1-1.4	1-1	1-1/2	1-1/2/2		商店街や個店の魅力を発信する「まちゼミ・まちバル」や、世田谷区商店街連合会が実施する、個店の魅力を掘り起こす「個店グランプリ」などの開催を通じて、広く商店街や個店の魅力をPRしていきます。	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	f	\N	t	f	000_206d5557473b3492.txt	14
f2a8a75f-ccc6-46fd-aba8-4c7b0000017a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	1-1.5	1-1	1-1/3	1-1/3/1		AED、防犯カメラ、スタンドパイプ等の設置・維持管理補助を継続します。また、少子高齢化、障害理解等の地域課題への取組みなど、公共的役割を深め、地域の拠点としての取組みを進める商店街を支援します。	AED、防犯カメラ、スタンドパイプ等の設置・ 維持管理補助の実施	AED、防犯カメラ、スタンドパイプ等の設置・ 維持管理助の実施	AED、防犯カメラ、スタンドパイプ等の設置・ 維持管理助の実施	f	\N	t	f	000_206d5557473b3492.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b0000017b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	1-1.6	1-1	1-1/3	1-1/3/2		顧問的診断士の活用によって、商店街の維持や活性化に向けた支援を継続します。	顧問的診断士の派遣	顧問的診断士の派遣	顧問的診断士の派遣	f	\N	t	f	000_206d5557473b3492.txt	19
f2a8a75f-ccc6-46fd-aba8-4c7b0000017c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	1-1.7	1-1	1-1/3	1-1/3/3	エリアリノベーションの実施	商店街を含む地域エリア全体の「稼ぐ力」の向上や魅力の再創出、空き店舗の発生の予防等を目的として、地域の人材を掘り起こし、核となる店舗誘致や遊休資産などの地域資源を活かすことでの新たな需要を取り込み、もって地域経済の循環を図ります。	モデル地域におけるリノベーションスクール・ 勉強会等の実施	モデル地域における創業、新規事業実施に 係る支援	モデル地域事例の横展開	t	1-1.3	t	f	000_206d5557473b3492.txt	21
f2a8a75f-ccc6-46fd-aba8-4c7b0000017d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	1-1.8	1-1	1-1/4	1-1/4/1	地域連携商店街事業の実施・拡充	商店街のイベントなどをサポートする地域人材を掘り起こすとともに、地域の町会・自治会やNPOなど協働した商店街事業を実施するなど、地域住民の参加を促していきます。	地域連携商店街事業補助の実施	地域連携商店街事業補助の実施	地域連携商店街事業補助の実施	f	\N	t	f	000_206d5557473b3492.txt	23
f2a8a75f-ccc6-46fd-aba8-4c7b0000017e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	1-1.9	1-1	1-1/4	1-1/4/2		商店街の若手・女性グループが企画、実行するイベント事業や商店街が過去に実施したイベントとは異なり、新たに企画、実施するイベント事業を支援することで、商店街等における新たな事業者や若者の活躍を後押しします。	若手・女性支援事業補助、新規イベントトライアル事業補助の実施	若手・女性支援事業補助、新規イベントトライアル事業補助の実施	若手・女性支援事業補助、新規イベントトライアル事業補助の実施	f	\N	f	f	000_206d5557473b3492.txt	32
f2a8a75f-ccc6-46fd-aba8-4c7b0000017f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	1-2.1	1-2	1-2/1	1-2/1/1	ものづくり事業者の事業所施設整備支援	区内のものづくり関連の事業者が、良好な居住環境と操業環境を確保できるよう、区内での立地継続を支援するための事業所施設整備の補助を行います。				f	\N	t	f	000_206d5557473b3492.txt	33
f2a8a75f-ccc6-46fd-aba8-4c7b00000180	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	1-2.2	1-2	1-2/1	1-2/1/2						f	\N	t	f	000_206d5557473b3492.txt	34
f2a8a75f-ccc6-46fd-aba8-4c7b00000181	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	1-2.3	1-2	1-2/1	1-2/1/3						f	\N	t	f	000_206d5557473b3492.txt	35
f2a8a75f-ccc6-46fd-aba8-4c7b00000182	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	1-2.4	1-2	1-2/1	1-2/1/4	setabizの実施	世田谷区内外の企業への情報を発信し、最適なビジネスパートナーを見つけ、製品開発や新規取引に結びつける取組みを実施します。	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	f	\N	f	f	000_206d5557473b3492.txt	36
f2a8a75f-ccc6-46fd-aba8-4c7b00000183	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	1-2.5	1-2	1-2/2	1-2/2/1						f	\N	t	f	000_206d5557473b3492.txt	38
f2a8a75f-ccc6-46fd-aba8-4c7b00000184	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	1-3.1	1-3	1-3/1	1-3/1/1	ふれあい農園事業の実施					f	\N	t	t	000_206d5557473b3492.txt	39
f2a8a75f-ccc6-46fd-aba8-4c7b00000185	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	1-3.2	1-3	1-3/1	1-3/1/2		区内農地の保全および障害者就労の促進と工賃向上に向けて取り組む農福連携事業において、農作業体験会等の機会を通じた障害者の働く意欲の向上や、地域イベント等による区民及び区内農家の意識醸成を進め、世田谷区における農福連携を推進していきます。	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	f	\N	t	t	000_206d5557473b3492.txt	40
f2a8a75f-ccc6-46fd-aba8-4c7b00000186	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	1-3.3	1-3	1-3/1	1-3/1/3						f	\N	f	f	000_206d5557473b3492.txt	50
f2a8a75f-ccc6-46fd-aba8-4c7b00000187	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	1-3.4	1-3	1-3/1	1-3/1/4						f	\N	f	f	000_206d5557473b3492.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b00000188	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	1-3.5	1-3	1-3/1	1-3/1/5			農地・緑地保全策の推進(継続)	農地・緑地保全策の推進(継続)	農地・緑地保全策の推進(継続)	f	\N	t	f	000_206d5557473b3492.txt	53
f2a8a75f-ccc6-46fd-aba8-4c7b00000189	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	1-3.6	1-3	1-3/1	1-3/1/6			農地・緑地保全策の推進(継続)	農地・緑地保全策の推進(継続)	農地・緑地保全策の推進(継続)	f	\N	t	f	000_206d5557473b3492.txt	54
f2a8a75f-ccc6-46fd-aba8-4c7b0000018a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	1-3.7	1-3	1-3/1	1-3/1/7			花展覧会・品評会・農業祭の開催(継続)	花展覧会・品評会・農業祭の開催(継続)	花展覧会・品評会・農業祭の開催(継続)	f	\N	t	f	000_206d5557473b3492.txt	55
f2a8a75f-ccc6-46fd-aba8-4c7b0000018b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	1-3.8	1-3	1-3/1	1-3/1/8			区民農園区画数の拡充(継続)	区民農園区画数の拡充(継続)	区民農園区画数の拡充(継続)	f	\N	t	f	000_206d5557473b3492.txt	56
f2a8a75f-ccc6-46fd-aba8-4c7b0000018c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	1-3.9	1-3	1-3/1	1-3/1/9			補助事業の実施(継続) 認定・認証農業者支援の実施(継続)	補助事業の実施(継続) 認定・認証農業者支援の実施(継続)	補助事業の実施(継続) 認定・認証農業者支援の実施(継続)	f	\N	t	f	000_206d5557473b3492.txt	57
f2a8a75f-ccc6-46fd-aba8-4c7b0000018d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	1-3.10	1-3	1-3/1	1-3/1/10			新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	f	\N	t	f	000_206d5557473b3492.txt	58
f2a8a75f-ccc6-46fd-aba8-4c7b0000018e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	1-3.11	1-3	1-3/1	1-3/1/11			農業塾(12期)開催、農業サポート制度の見直し検討	農業塾(13期)開催、農業サポート登録者数の増	農業塾(14期)開催、農業サポート登録者数の増	f	\N	t	f	000_206d5557473b3492.txt	59
f2a8a75f-ccc6-46fd-aba8-4c7b0000018f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	1-4.1	1-4	1-4/1	1-4/1/1		公共事業において、継続的に区内建設事業者の受注機会を確保するため、公共施設等総合管理計画に基づき、計画的な工事の機会創出を図っていきます。	公共施設等総合管理計画に基づく工事の実施	公共施設等総合管理計画に基づく工事の実施	公共施設等総合管理計画に基づく工事の実施	f	\N	t	f	000_206d5557473b3492.txt	66
f2a8a75f-ccc6-46fd-aba8-4c7b00000190	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	1-4.2	1-4	1-4/1	1-4/1/2		民間事業においても、区民の安全で安心な住環境確保のため、地域に精通した区内建設事業者が受注できる制度の構築を検討していきます。	エコ住宅補助事業に基づく工事の実施	エコ住宅補助事業に基づく工事の実施	エコ住宅補助事業に基づく工事の実施	f	\N	t	f	000_206d5557473b3492.txt	67
f2a8a75f-ccc6-46fd-aba8-4c7b00000191	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	1-4.3	1-4	1-4/1	1-4/1/3		建設業関連産業団体との定期的な意見交換等の場を設け、情報交換を行うとともに、連携の強化を図っていきます。	意見交換の実施	意見交換の実施	意見交換の実施	f	\N	f	f	000_206d5557473b3492.txt	68
f2a8a75f-ccc6-46fd-aba8-4c7b00000192	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	1-4.4	1-4	1-4/2	1-4/2/1	建設業人材確保の推進	正社員(正規雇用)を目指す求職者のキャリアチェンジの取組みを充実させ、伴走型で企業(事業所)の採用支援を行い、区民生活を支える建設業の採用マッチングを推進します。	マッチング事業の実施	マッチング事業の実施	マッチング事業の実施	f	\N	t	t	000_206d5557473b3492.txt	69
f2a8a75f-ccc6-46fd-aba8-4c7b00000193	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	1-4.5	1-4	1-4/2	1-4/2/2		建設業を営む中小企業者が、事業承継、後継者の育成及び技術力の向上を図る取組みを行うにあたって、その経費の一部を補助することにより、建設業界における人材育成の促進を図ります。	補助事業の実施・充実	補助事業の実施	補助事業の実施	f	\N	t	f	000_206d5557473b3492.txt	70
f2a8a75f-ccc6-46fd-aba8-4c7b00000194	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	1-4.6	1-4	1-4/2	1-4/2/3		区内企業の経営者(管理者)とメンターとなる若手社員を対象にした従業員の離職防止・定着促進のためのセミナーの開催など育成支援を行います。	定着促進セミナーの実施	定着促進セミナーの実施	定着促進セミナーの実施	f	\N	t	f	000_206d5557473b3492.txt	71
f2a8a75f-ccc6-46fd-aba8-4c7b00000195	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	1-4.7	1-4	1-4/3	1-4/3/1		公共事業において、継続的に区内建設事業者の受注機会を確保するため、公共施設等総合管理計画に基づき、計画的な工事の機会創出を図っていきます。	公共施設等総合管理計画に基づく工事の実施	公共施設等総合管理計画に基づく工事の実施	公共施設等総合管理計画に基づく工事の実施	t	1-4.1	t	f	000_206d5557473b3492.txt	72
f2a8a75f-ccc6-46fd-aba8-4c7b00000196	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	1-4.8	1-4	1-4/3	1-4/3/2		民間事業においても、区民の安全で安心な住環境確保のため、地域に精通した区内建設事業者が受注できる制度の構築を検討していきます。	エコ住宅補助事業に基づく工事の実施	エコ住宅補助事業に基づく工事の実施	エコ住宅補助事業に基づく工事の実施	t	1-4.2	t	f	000_206d5557473b3492.txt	73
f2a8a75f-ccc6-46fd-aba8-4c7b00000197	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	1-4.9	1-4	1-4/3	1-4/3/3		産業広報誌や産業フェスタへの出展など、建設産業の地域貢献活動のPRや活動の後押しをします。	産業フェスタへの出展	産業フェスタへの出展	産業フェスタへの出展	f	\N	f	f	000_206d5557473b3492.txt	81
f2a8a75f-ccc6-46fd-aba8-4c7b00000198	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	1-5.1	1-5	1-5/1	1-5/1/1		産業政策の拠点である三軒茶屋産業プラザの更なる効果的な活用による産業活性化に資する取組みの推進や産業交流を促す機能強化について検討します。	産業プラザの機能強化等に関する検討と対応準備	検討を踏まえた対応	検討を踏まえた対応	f	\N	t	f	000_206d5557473b3492.txt	83
f2a8a75f-ccc6-46fd-aba8-4c7b00000199	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	1-5.2	1-5	1-5/1	1-5/1/2		イベントや交流の機会の創出などを通じて、産業団体や区内事業者の連関を促進します。	産業フェスタの実施	産業フェスタの実施	産業フェスタの実施	f	\N	f	f	000_206d5557473b3492.txt	85
f2a8a75f-ccc6-46fd-aba8-4c7b0000019a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	1-5.3	1-5	1-5/1	1-5/1/3		各種産業団体との意見交換会等の場を設置し、課題の共有と、交流の促進を図ります。	産業団体連絡会の実施	産業団体連絡会の実施	産業団体連絡会の実施	f	\N	f	f	000_206d5557473b3492.txt	87
f2a8a75f-ccc6-46fd-aba8-4c7b000001f1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	123	4-3.8	4-3	4-3/3	4-3/3/3		区内産業や区内事業者を区民が直接応援できる仕組みを研究のうえ、検討します。	基金やファンド等の設置に向けた検討	検討結果を踏まえた対応	検討結果を踏まえた対応	f	\N	f	f	000_206d5557473b3492.txt	251
f2a8a75f-ccc6-46fd-aba8-4c7b0000019b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	1-5.4	1-5	1-5/2	1-5/2/1		行政サービスの提供時において、関係所管に対しても区内事業者の積極的な活用を働きかけるとともに、活用の幅の拡充について検討を行います。	区内事業者活用のより積極的な活用の手法の検討	区内事業者活用の幅の拡大	区内事業者活用の幅の拡大	f	\N	f	f	000_206d5557473b3492.txt	89
f2a8a75f-ccc6-46fd-aba8-4c7b0000019c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	2-1.1	2-1	2-1/1	2-1/1/1		区内中小事業者の事業経営に必要な資金の調達を支援するため、区の制度融資取扱金融機関から低利で融資が受けられるよう、融資のあっせんを行います。また、融資制度の一環として、区から利子の一部を補助します。	融資あっせん制度の案内・発信	融資あっせん制度の案内・発信	融資あっせん制度の案内・発信	f	\N	t	f	000_206d5557473b3492.txt	91
f2a8a75f-ccc6-46fd-aba8-4c7b0000019d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	2-1.2	2-1	2-1/1	2-1/1/2		中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の経営改善等を支援します。併せて、必要に応じ、経営支援コーディネーターが事業者に伴走し経営相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	f	\N	t	f	000_206d5557473b3492.txt	92
f2a8a75f-ccc6-46fd-aba8-4c7b0000019e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	2-1.3	2-1	2-1/2	2-1/2/1	メールマガジンによる産業情報の発信	区内事業者に補助金やセミナーなどの情報を、メールマガジン配信サービスを活用して発信し、区内事業者が経済産業分野の情報に円滑にアクセスできる環境の改善・構築を図ります。	メールマガジンサービス配信開始 配信回数月4~5回	他ツールの活用可能性の検討 配信回数月4~5回	配信回数月4~5回	f	\N	t	f	000_206d5557473b3492.txt	94
f2a8a75f-ccc6-46fd-aba8-4c7b0000019f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	2-2.1	2-2	2-2/1	2-2/1/1		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行います。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業については旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業は未定)	t	1-1.2	t	t	000_206d5557473b3492.txt	103
f2a8a75f-ccc6-46fd-aba8-4c7b000001a0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	2-2.2	2-2	2-2/1	2-2/1/2		区内中小事業者による販路拡大を目的とするホームページや動画の製作、インターネット広告による販路拡大の取組みや、IT活用による効率化等の取組みに係る費用の一部を補助します。	補助事業の構築	補助事業の実施	補助事業の実施	f	\N	t	f	000_206d5557473b3492.txt	104
f2a8a75f-ccc6-46fd-aba8-4c7b000001a1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	2-2.3	2-2	2-2/1	2-2/1/3		区内中小事業者等の生産性向上に資する設備投資や製品購入、効率化や省エネ性能の高い設備や製品等経費の一部を補助します。	補助事業の構築	補助事業の実施	補助事業の実施	f	\N	t	f	000_206d5557473b3492.txt	105
f2a8a75f-ccc6-46fd-aba8-4c7b000001a2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	2-2.4	2-2	2-2/1	2-2/1/4		国による先端設備等の導入に係る優遇措置の普及啓発等を通じて、区内事業者の先端設備導入を促し、生産性向上を図ります。	先端設備等の導入促進	先端設備等の導入促進	先端設備等の導入促進	f	\N	f	f	000_206d5557473b3492.txt	106
f2a8a75f-ccc6-46fd-aba8-4c7b000001a3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	2-2.5	2-2	2-2/1	2-2/1/5		区内中小事業者の資金繰りや、販路拡大、IoTの活用、事業承継など、事業者の経営を支援するため、様々な技術・ノウハウや専門的な知識・技能を有する経営支援コーディネーターが、事業者や創業者に対する総合的なアドバイスを行います。	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	f	\N	f	f	000_206d5557473b3492.txt	107
f2a8a75f-ccc6-46fd-aba8-4c7b000001a4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	2-2.6	2-2	2-2/1	2-2/1/6		製品開発やブランドの向上に資する産業財産権(特許、商標、意匠、実用新案)の取得に対して経費の一部を助成します。	補助事業の実施	補助事業の実施	補助事業の実施	f	\N	f	f	000_206d5557473b3492.txt	108
f2a8a75f-ccc6-46fd-aba8-4c7b000001a5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	2-2.7	2-2	2-2/1	2-2/1/7		区内中小事業者による協業や連携を促進する機会やビジネスマッチングイベントへ出展する際の費用の一部を補助することにより、事業者の販路拡大や協業の後押しをします。	補助事業の実施	補助事業の実施	補助事業の実施	f	\N	f	f	000_206d5557473b3492.txt	109
f2a8a75f-ccc6-46fd-aba8-4c7b000001a6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	2-2.8	2-2	2-2/1	2-2/1/8	製品開発等の試作・分析等支援	世田谷区内の中小企業者が、技術の開発、改善、向上等に資する試験や分析・測定等を、東京都立産業技術研究センターが実施する制度を利用して行った場合に、経費の一部を補助します。	東京都立産業技術研究センター利用補助の実施	東京都立産業技術研究センター利用補助の実施	東京都立産業技術研究センター利用補助の実施	f	\N	f	f	000_206d5557473b3492.txt	110
f2a8a75f-ccc6-46fd-aba8-4c7b000001a7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	2-2.9	2-2	2-2/1	2-2/1/9	産学公連携相談窓口	東京商工会議所と連携し、区内中小事業者が大学・公設研究機関等の持つ研究能力や技術相談機能を広く活用できるよう、東京商工会議所「産学公連携相談窓口」による区内事業者の技術開発等を後押しします。	相談窓口の開設	相談窓口の開設	相談窓口の開設	f	\N	f	f	000_206d5557473b3492.txt	117
f2a8a75f-ccc6-46fd-aba8-4c7b000001a8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	2-2.10	2-2	2-2/1	2-2/1/10	setabizの実施	世田谷区内外の企業への情報を発信し、最適なビジネスパートナーを見つけ、製品開発や新規取引に結びつける取組みを実施します。	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	t	1-2.4	f	f	000_206d5557473b3492.txt	118
f2a8a75f-ccc6-46fd-aba8-4c7b000001a9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	2-2.11	2-2	2-2/1	2-2/1/11		IT業界での正社員就職を希望する若年者を対象に、民間企業と連携して新たなチャレンジに必要な知識や能力、技術を身に付ける取組みを実施するほか、様々な角度からIT技術を活用した就労を支援します。	世田谷ITカレッジ、講座の実施	世田谷ITカレッジ、講座の実施	世田谷ITカレッジ、講座の実施	f	\N	f	f	000_206d5557473b3492.txt	119
f2a8a75f-ccc6-46fd-aba8-4c7b000001aa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	2-2.12	2-2	2-2/1	2-2/1/12		国や東京都などが実施している従業員等を対象としたスキル向上に関する取組みを情報発信し、啓発を図ります。	従業員のスキル向上に関する情報発信・普及啓発	従業員のスキル向上に関する情報発信・普及啓発	従業員のスキル向上に関する情報発信・普及啓発	f	\N	f	f	000_206d5557473b3492.txt	120
f2a8a75f-ccc6-46fd-aba8-4c7b000001ab	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	2-3.1	2-3	2-3/1	2-3/1/1		区内中小事業者による販路拡大を目的とするホームページや動画の製作、インターネット広告による販路拡大の取組みや、IT活用による効率化等の取組みに係る費用の一部を補助します。	補助事業の構築	補助事業の実施	補助事業の実施	t	2-2.2	t	f	000_206d5557473b3492.txt	121
f2a8a75f-ccc6-46fd-aba8-4c7b000001ac	a2eace15-13c8-4611-b0bc-ad035f30bb6d	54	2-3.2	2-3	2-3/1	2-3/1/2		IT業界での正社員就職を希望する若年者を対象に、民間企業と連携して新たなチャレンジに必要な知識や能力、技術を身に付ける取組みを実施するほか、様々な角度からIT技術を活用した就労を支援します。	世田谷ITカレッジ、講座の実施	世田谷ITカレッジ、講座の実施	世田谷ITカレッジ、講座の実施	t	2-2.11	f	f	000_206d5557473b3492.txt	122
f2a8a75f-ccc6-46fd-aba8-4c7b000001ad	a2eace15-13c8-4611-b0bc-ad035f30bb6d	55	2-4.1	2-4	2-4/1	2-4/1/1	三軒茶屋就労支援センター(おしごとカフェ)事業の機能拡充	一人でも多くの方が望む仕事に就くとともに区内事業所が必要とする人材を獲得できるよう、マッチングや伴走型支援の取り組みをはじめ、人材不足産業支援イベントによる幅広い仕事の魅力発信やシニア就労等多様な世代の就労を支援する総合的な機能を果たします。	人材不足産業支援イベントの開催	人材不足産業支援イベントの開催	人材不足産業支援イベントの開催	f	\N	t	t	000_206d5557473b3492.txt	123
f2a8a75f-ccc6-46fd-aba8-4c7b000001ae	a2eace15-13c8-4611-b0bc-ad035f30bb6d	56	2-4.2	2-4	2-4/1	2-4/1/2	区内中小企業等人材マッチング等の実施	正社員(正規雇用)を目指す求職者のキャリアチェンジの取組みや相談を充実させ、メディアとタイアップしたSNS発信や冊子等による人材不足産業の魅力発信や伴走型で企業(事業所)の採用支援を行い、区民生活を支える中小企業等の採用マッチングを推進します。また従業員の離職防止や育成支援を行います。	マッチング事業の実施と福祉の仕事の魅力発信	マッチング事業の実施と福祉の仕事の魅力発信	マッチング事業の実施と福祉の仕事の魅力発信	f	\N	t	t	000_206d5557473b3492.txt	124
f2a8a75f-ccc6-46fd-aba8-4c7b000001af	a2eace15-13c8-4611-b0bc-ad035f30bb6d	57	2-4.3	2-4	2-4/1	2-4/1/3		区内企業の経営者(管理者)とメンターとなる若手社員を対象にした従業員の離職防止・定着促進のためのセミナー等を通じて、各社の課題や取組みを共有する場や機会を構築し育成支援を行います。	定着促進セミナーの実施	定着促進セミナーの実施	定着促進セミナーの実施	f	\N	t	f	000_206d5557473b3492.txt	132
f2a8a75f-ccc6-46fd-aba8-4c7b000001b0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	58	2-4.4	2-4	2-4/1	2-4/1/4		東京しごと財団「中小企業人材確保のための奨学金返還支援事業」を活用した企業に対して、区がその企業負担額の一部を補助することにより、奨学金貸与を受けている大学生の区内企業への就職を支援するとともに、区内の建設・IT・ものづくり業界における人材確保の促進を図ります。	補助事業の実施	補助事業の実施	補助事業の実施	f	\N	t	f	000_206d5557473b3492.txt	133
f2a8a75f-ccc6-46fd-aba8-4c7b000001b1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	59	2-4.5	2-4	2-4/2	2-4/2/1	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	f	\N	t	t	000_206d5557473b3492.txt	134
f2a8a75f-ccc6-46fd-aba8-4c7b000001b2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	60	2-4.6	2-4	2-4/2	2-4/2/2	ふれあい農園事業の実施	区民が農に親しむ機会を創出することで、都市農業への理解を促進するとともに、結果的に区民が体験という形で農作業の一部を担うことになるという交流による営農支援的な側面を持ちながら、農地保全につなげます。	ふれあい農園事業の実施(継続)	ふれあい農園事業の実施(継続)	ふれあい農園事業の実施(継続)	t	1-3.1	t	t	000_206d5557473b3492.txt	135
f2a8a75f-ccc6-46fd-aba8-4c7b000001b3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	61	2-4.7	2-4	2-4/2	2-4/2/3		主として準工業地域における工業・建設業等の区内事業者見学や学校等への出前講座を通じ、区内事業者の顔の見える化と地域との交流を推進します。	住工共生ワーキング年3回	住工共生ワーキング年3回	住工共生ワーキング年3回	t	1-2.5	t	f	000_206d5557473b3492.txt	136
f2a8a75f-ccc6-46fd-aba8-4c7b000001b4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	62	2-4.8	2-4	2-4/2	2-4/2/4	setabizの実施	区内事業者の区内外への情報発信サイト(setabiz)を構築し、ビジネスパートナーの発見を後押しし、製品開発や新規取引に結びつける取組みを実施します。	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	製品開発や新規取引に結び付ける情報発信	t	1-2.4	f	f	000_206d5557473b3492.txt	137
f2a8a75f-ccc6-46fd-aba8-4c7b000001b5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	63	2-4.9	2-4	2-4/2	2-4/2/5		区や産業振興公社等が主催／共催等のイベントや区有地において、区内事業者が出店する機会や枠を創出し、区内事業者のPRや消費者との接点の増加を図っていきます。	区、産業振興公社等の連携によるイベント等の実施	区、産業振興公社等の連携によるイベント等の実施	区、産業振興公社等の連携によるイベント等の実施	f	\N	f	f	000_206d5557473b3492.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000001b6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	64	2-4.10	2-4	2-4/2	2-4/2/6		他自治体等での仕組みを参考に、区内事業者間での取引促進や交流の創出に繋がる機会や仕組みについて検討します。	他自治体における事例の研究・検討	検討を踏まえた実証的実施	実証的実施の結果を踏まえた対応	f	\N	f	f	000_206d5557473b3492.txt	139
f2a8a75f-ccc6-46fd-aba8-4c7b000001b7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	65	2-4.11	2-4	2-4/2	2-4/2/7		行政サービスの提供時において、関係所管に対しても区内事業者の積極的な活用を働きかけるとともに、活用の幅の拡充について検討を行います。	区内事業者活用のより積極的な活用の手法の検討	区内事業者活用の幅の拡大	区内事業者活用の幅の拡大	t	1-5.4	f	f	000_206d5557473b3492.txt	147
f2a8a75f-ccc6-46fd-aba8-4c7b000001b8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	66	2-4.12	2-4	2-4/2	2-4/2/8		関係部署・JA等と連携して、都市農地が持つ防災、レクリエーション、食育など多面的機能を安定的かつ効果的に發揮させるためのPR活動を行い、区民に対して理解促進を行います。	花展覧会・品評会・農業祭の開催(継続)	花展覧会・品評会・農業祭の開催(継続)	花展覧会・品評会・農業祭の開催(継続)	t	1-3.7	f	f	000_206d5557473b3492.txt	148
f2a8a75f-ccc6-46fd-aba8-4c7b000001b9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	67	2-5.1	2-5	2-5/1	2-5/1/1	取引適正化等に関する相談対応	中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の経営改善等を支援します。併せて、例えばインボイスへの対応や取引適正化等といった課題に対し、必要に応じ、経営支援コーディネーターが事業者に伴走し経営相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	f	\N	t	f	000_206d5557473b3492.txt	149
f2a8a75f-ccc6-46fd-aba8-4c7b000001ba	a2eace15-13c8-4611-b0bc-ad035f30bb6d	68	2-5.2	2-5	2-5/1	2-5/1/2	取引適正化に関するガイドライン等の情報提供	個人事業主やフリーランスに、取引適正化に関するガイドライン等の情報を、メールマガジン配信サービスを活用して発信し、安心して働ける環境を整備します。	取引適正化に関するガイドライン等の情報発信の開始	取引適正化に関するガイドライン等の情報発信の拡充	取引適正化に関するガイドライン等の情報発信の拡充	f	\N	t	f	000_206d5557473b3492.txt	150
f2a8a75f-ccc6-46fd-aba8-4c7b000001bb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	69	2-5.3	2-5	2-5/2	2-5/2/1	メールマガジンによる産業情報の発信	区内事業者に補助金やセミナーなどの情報を、メールマガジン配信サービスを活用して発信し、区内事業者が経済産業分野の情報に円滑にアクセスできる環境の改善・構築を図ります。	メールマガジンサービス配信開始 配信回数月4~5回	他ツールの活用可能性の検討 配信回数月4~5回	配信回数月4~5回	t	2-1.3	t	f	000_206d5557473b3492.txt	151
f2a8a75f-ccc6-46fd-aba8-4c7b000001bc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	70	2-5.4	2-5	2-5/2	2-5/2/2		区内地域経済に関する統計データ等を集計・集約し、その状況等を情報提供・共有します。	集計・集約する統計データの検討と提供開始	統計データ等のより高度な分析の検討	統計データ等のより高度な分析の提供	f	\N	t	f	000_206d5557473b3492.txt	152
f2a8a75f-ccc6-46fd-aba8-4c7b000001bd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	71	2-5.5	2-5	2-5/2	2-5/2/3		区内事業者の実態や地域産業を取り巻く状況等について調査を行うとともに、結果を公開することで区内事業者の実態や状況を共有します。	産業基礎調査の実施・公開、経済産業白書作成に向けた検討	産業基礎調査の実施・公開、経済産業白書作成	産業基礎調査の実施・公開、経済産業白書作成	f	\N	f	f	000_206d5557473b3492.txt	153
f2a8a75f-ccc6-46fd-aba8-4c7b000001be	a2eace15-13c8-4611-b0bc-ad035f30bb6d	72	2-5.6	2-5	2-5/2	2-5/2/4		各種産業団体との意見交換会等の場を設置し、課題や経済状況の共有を図ります。	産業団体連絡会の実施	産業団体連絡会の実施	産業団体連絡会の実施	t	1-5.3	f	f	000_206d5557473b3492.txt	154
f2a8a75f-ccc6-46fd-aba8-4c7b000001bf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	73	2-5.7	2-5	2-5/2	2-5/2/5		区内農業者を対象に、農業家瑛・技術情報や区の農業施策等を伝えるとともに、農業者間でのコミュニケーションづくりに役立てます。	営農だよりの発行(年4回)	営農だよりの発行(年4回)	営農だよりの発行(年4回)	f	\N	f	f	000_206d5557473b3492.txt	162
f2a8a75f-ccc6-46fd-aba8-4c7b000001c0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	74	2-6.1	2-6	2-6/1	2-6/1/1		災害時や復旧・復興時に中心的役割を果たすことになる区内建設事業者との相互理解を深め、有事の迅速な対応に向けたコミュニケーションの円滑化を図るとともに、地域の建設事業者等による社会貢献活動を後押しします。	定期的な意見交換と社会貢献活動の後押しの検討	社会貢献活動の後押し	社会貢献活動の後押し	f	\N	t	f	000_206d5557473b3492.txt	163
f2a8a75f-ccc6-46fd-aba8-4c7b000001c1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	75	2-6.2	2-6	2-6/1	2-6/1/2		災害時等を想定したBCP(事業継続計画)セミナーを中小企業向けに実施します。	BCPセミナーの開催	BCPセミナーの開催	BCPセミナーの開催	f	\N	t	f	000_206d5557473b3492.txt	164
f2a8a75f-ccc6-46fd-aba8-4c7b000001c2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	76	2-7.1	2-7	2-7/1	2-7/1/1	事業者と区内のオフィス、店舗等とのマッチングの促進	新たな産業活性化拠点整備事業において、区内の不動産事業者との連携等により、事業者が区内に定着しやすい環境を整備します。	施設運営開始に向けた施設整備、コンテンツの検討	事業者と区内のオフィス、店舗等とのマッチングの促進	事業者と区内のオフィス、店舗等とのマッチングの促進	f	\N	t	t	000_206d5557473b3492.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b000001c3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	77	2-7.2	2-7	2-7/1	2-7/1/2	コワーキングスペースやシェアオフィス等の利用促進	新たな産業活性化拠点整備事業において、コワーキングスペースやシェアオフィス等を提供することで、事業者が区内に定着しやすい環境を構築します。	施設運営開始に向けた施設整備、入居者募集・選定	コワーキングスペース、シェアオフィス等の利用促進	コワーキングスペース、シェアオフィス等の利用促進	f	\N	t	t	000_206d5557473b3492.txt	166
f2a8a75f-ccc6-46fd-aba8-4c7b000001c4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	78	2-7.3	2-7	2-7/1	2-7/1/3	エリアリノベーションの実施	商店街を含む地域エリア全体の「稼ぐ力」の向上や魅力の再創出等を目的として、地域の人材を掘り起こし、核となる店舗誘致や遊休資産などの地域資源を活かすことで新たな需要を取り込みます。	モデル地域におけるリノベーションスクール・勉強会等の実施	モデル地域における創業、新規事業実施に係る支援	モデル地域事例の横展開	t	1-1.3	t	f	000_206d5557473b3492.txt	167
f2a8a75f-ccc6-46fd-aba8-4c7b000001c5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	79	2-7.4	2-7	2-7/1	2-7/1/4		事業者支援の補助や認定等に当たっては、電子手続きの導入や申請様式の簡素化、統一化を図ることで迅速な手続きを検討し、利便性の向上を図るとともに、補助金等を活用する事業者層の裾野の拡大を図ります。	電子申請等導入の検討、実施	電子申請等導入の検討、実施	電子申請等導入の検討、実施	f	\N	t	f	000_206d5557473b3492.txt	168
f2a8a75f-ccc6-46fd-aba8-4c7b000001c6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	80	2-7.5	2-7	2-7/1	2-7/1/5		区内の産業インフラの課題解決に向けて、関係所管と意見交換会を実施します。	意見交換会実施に向けた調整、実施	意見交換会の実施	意見交換会の実施	f	\N	f	f	000_206d5557473b3492.txt	176
f2a8a75f-ccc6-46fd-aba8-4c7b000001c7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	81	3-1.1	3-1	3-1/1	3-1/1/1	事業承継プラットフォームの構築	事業承継や廃業を検討する事業者の情報収集に努めるとともに、事業を承継したい人とのマッチングを図るプラットフォームの構築や、関係機関等とのネットワーク等を通じて円滑な事業承継を促進します。	プラットフォーム構築・運用開始	事業者のマッチング	事業者のマッチング	f	\N	t	f	000_206d5557473b3492.txt	177
f2a8a75f-ccc6-46fd-aba8-4c7b000001c8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	82	3-1.2	3-1	3-1/1	3-1/1/2	事業承継等に関する相談対応	中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業承継時に必要となる知識やノウハウ等に関する情報を提供し、事業者が抱える事業承継に関する課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	f	\N	t	f	000_206d5557473b3492.txt	178
f2a8a75f-ccc6-46fd-aba8-4c7b000001c9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	83	3-1.3	3-1	3-1/1	3-1/1/3	事業承継に関する知識やノウハウに関する情報提供	区内事業者に事業承継の知識やノウハウなどの情報を、メールマガジン配信サービスを活用して発信します。	事業承継の知識やノウハウに関する情報発信の開始	事業承継の知識やノウハウに関する情報発信の拡充	事業承継の知識やノウハウに関する情報発信の拡充	f	\N	f	f	000_206d5557473b3492.txt	179
f2a8a75f-ccc6-46fd-aba8-4c7b000001ca	a2eace15-13c8-4611-b0bc-ad035f30bb6d	84	3-1.4	3-1	3-1/1	3-1/1/4		区内農業は家族経営により行われることが多く、後継者は家族や親族などが多いことから、区としてJA協力のもと後継者育成事業を継続していきます。また、農家をサポートする援農ボランティアの育成・確保を行っていきます。	農業塾(12期)開催、農業サポート制度の見直し検討	農業塾(13期)開催、農業サポート登録者数の増	農業塾(14期)開催、農業サポート登録者数の増	t	1-3.11	f	f	000_206d5557473b3492.txt	180
f2a8a75f-ccc6-46fd-aba8-4c7b000001cb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	85	3-1.5	3-1	3-1/2	3-1/2/1	廃業等に関する相談対応	廃業等を検討する事業者に対して、必要な手続きや具体的な手順、課題等について、中小企業診断士等による総合経営相談において相談対応を行うとともに、廃業した事業者に対しても、有益な知識や再チャレンジに向けた関連情報を提供します。また、より専門性が高い内容が必要な場合は、東京都や国の専門組織等の紹介や繋ぎなど、多様な相談に対応できる体制を構築します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	f	\N	t	f	000_206d5557473b3492.txt	181
f2a8a75f-ccc6-46fd-aba8-4c7b000001cc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	86	3-1.6	3-1	3-1/2	3-1/2/2	特定創業支援事業等の実施	創業支援事業者との連携を強化し創業相談・創業セミナーなどを実施するとともに創業へのチャレンジを後押しする支援や、区内事業者向けに支援策の周知を推進します。また、オンライン配信を行い利便性の向上を図ります。	創業相談、創業セミナーの実施 オンライン化の実施	創業相談、創業セミナーの更なる利便性の向上	創業相談、創業セミナーの更なる利便性の向上	f	\N	f	f	000_206d5557473b3492.txt	183
f2a8a75f-ccc6-46fd-aba8-4c7b000001cd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	87	3-2.1	3-2	3-2/1	3-2/1/1		地域で公共的役割を担う団体が取組む事業に対して支援を行います。	①商店街への補助金支援 ②公衆浴場への補助金支援 ③商店街連合会・商店街振興組合連合会への補助金支援	①商店街への補助金支援 ②公衆浴場への補助金支援 ③商店街連合会・商店街振興組合連合会への補助金支援	①商店街への補助金支援 ②公衆浴場への補助金支援 ③商店街連合会・商店街振興組合連合会への補助金支援	f	\N	t	f	000_206d5557473b3492.txt	190
f2a8a75f-ccc6-46fd-aba8-4c7b000001ce	a2eace15-13c8-4611-b0bc-ad035f30bb6d	88	3-2.2	3-2	3-2/1	3-2/1/2		区内工業の振興等、公共的役割を担う団体が取り組む事業に対して支援を行います。	支援件数	支援件数	支援件数	t	1-2.2	t	f	000_206d5557473b3492.txt	191
f2a8a75f-ccc6-46fd-aba8-4c7b000001cf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	89	3-2.3	3-2	3-2/1	3-2/1/3		災害時や復旧・復興時に中心的役割を果たすことになる区内建設事業者との相互理解を深め、有事の迅速な対応に向けたコミュニケーションの円滑化を図るとともに、地域の建設事業者等による社会貢献活動を後押しします。	定期的な意見交換と社会貢献活動の後押しの検討	社会貢献活動の後押し	社会貢献活動の後押し	t	2-6.1	t	f	000_206d5557473b3492.txt	192
f2a8a75f-ccc6-46fd-aba8-4c7b000001d0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	90	3-2.4	3-2	3-2/1	3-2/1/4		区内中小企業の振興等、公共的役割を担う団体が取り組む事業に対して支援を行います。	支援件数	支援件数	支援件数	f	\N	t	f	000_206d5557473b3492.txt	193
f2a8a75f-ccc6-46fd-aba8-4c7b000001d1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	91	3-3.1	3-3	3-3/1	3-3/1/1	SETAGAYA PORTを通じた多様な人々の交流推進	若者や起業家、フリーランス、会社員、プロボノなど多様な人材や属性の方が交流する産業創造プラットフォーム“SETAGAYA PORT”を通じて、異業種間の交流促進やチャレンジに向けた出会いの創出を支援します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	f	\N	t	t	000_206d5557473b3492.txt	194
f2a8a75f-ccc6-46fd-aba8-4c7b000001d2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	92	3-3.2	3-3	3-3/1	3-3/1/2	アントレプレナーシップ教育プログラム等の実施	新たな産業活性化拠点整備事業において、小中高生を対象に、起業家との交流やプログラムなどを通じたアントレプレナーシップ(起業家精神)の醸成につながるプロジェクトを実施します。	施設運営開始に向けた施設整備、コンテンツの検討	アントレプレナーシップ教育プログラム等の実施	アントレプレナーシップ教育プログラム等の実施	f	\N	t	t	000_206d5557473b3492.txt	195
f2a8a75f-ccc6-46fd-aba8-4c7b000001d3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	93	3-3.3	3-3	3-3/1	3-3/1/3	開かれた常設の学びの場の構築	新たな産業活性化拠点整備事業において、子どもや若者などが多様な学びを得ることができる常設の将来に向けた学びの場を構築します。	施設運営開始に向けた施設整備、コンテンツの検討	常設の学びの場の解放	常設の学びの場の解放	f	\N	t	t	000_206d5557473b3492.txt	196
f2a8a75f-ccc6-46fd-aba8-4c7b000001d4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	94	3-3.4	3-3	3-3/1	3-3/1/4		主として準工業地域における工業・建設業等の区内事業者見学や学校等への出前講座を通じ、区内事業者の顔の見える化と地域との交流を推進します。	住工共生ワーキング年3回	住工共生ワーキング年3回	住工共生ワーキング年3回	t	1-2.5	t	f	000_206d5557473b3492.txt	197
f2a8a75f-ccc6-46fd-aba8-4c7b000001d5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	95	3-3.5	3-3	3-3/1	3-3/1/5		若い世代に様々な経験を通して自らの将来を思い描き職業観を醸成することをサポートするため、建設業や映像産業などの民間企業での職場見学や仕事体験を実施します。	現場見学、仕事講話等の実施	現場見学、仕事講話等の実施	現場見学、仕事講話等の実施	f	\N	f	f	000_206d5557473b3492.txt	204
f2a8a75f-ccc6-46fd-aba8-4c7b000001d6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	96	4-1.1	4-1	4-1/1	4-1/1/1		地域の事業者と区とのハブとなる、区内コワーキングスペース開設予定事業者及びコワーキングスペース運営事業者に対して、支援を推進します。子どもと親が同空間で働くことができるコワーキングスペースやシェアオフィスの整備を誘致するなど、子どもフレンドリーな環境整備を推進します。	施設運営開始に向けたコンテンツの検討	子どもフレンドリーなコワーキングスペースやシェアオフィス等の開設	子どもフレンドリーなコワーキングスペースやシェアオフィス等の利用促進	f	\N	f	f	000_206d5557473b3492.txt	205
f2a8a75f-ccc6-46fd-aba8-4c7b000001d7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	97	4-1.2	4-1	4-1/1	4-1/1/2	子どもフレンドリーな企業の活動の推進	産業広報誌等により事業者にとって優良な事例を発信することで、子どもフレンドリーな意識を持つ企業の活動の後押しします。	産業広報誌等による情報発信	産業広報誌等による情報発信	産業広報誌等による情報発信	f	\N	f	f	000_206d5557473b3492.txt	206
f2a8a75f-ccc6-46fd-aba8-4c7b000001d8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	98	4-1.3	4-1	4-1/2	4-1/2/1	研修型スクール事業・交流会	区内で新規プロジェクト立ち上げや起業創業に挑戦する人たちに対し、専門家や先輩事業者から、企画立案や事業成長に向けた学びやアドバイスを受けることで、ビジネスモデルを確立することができるよう、研修型スクール事業による支援を行います。	スクール実施又は交流会の開催	スクール実施又は交流会の開催	スクール実施又は交流会の開催	f	\N	t	t	000_206d5557473b3492.txt	207
f2a8a75f-ccc6-46fd-aba8-4c7b000001d9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	99	4-1.4	4-1	4-1/3	4-1/3/1	テストマーケティング、社会実証実験等の推進	新たな産業活性化拠点整備事業において、小売店や飲食店などによるトライアル販売、区内既存事業者による新たなプロダクトやサービス開発にあたってのテストマーケティング等の活動の場や、新たなテクノロジーの社会実証フィールドの場を構築します。	施設運営開始に向けた施設整備、コンテンツの検討	テストマーケティング、社会実証実験等の推進	テストマーケティング、社会実証実験等の推進	f	\N	t	t	000_206d5557473b3492.txt	208
f2a8a75f-ccc6-46fd-aba8-4c7b000001da	a2eace15-13c8-4611-b0bc-ad035f30bb6d	100	4-1.5	4-1	4-1/4	4-1/4/1	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業家をはじめとした新たなチャレンジをする人との交流を促し、新たな気づきや付加価値の増大を目指します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	t	000_206d5557473b3492.txt	209
f2a8a75f-ccc6-46fd-aba8-4c7b000001db	a2eace15-13c8-4611-b0bc-ad035f30bb6d	101	4-1.6	4-1	4-1/4	4-1/4/2	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	t	2-4.5	t	t	000_206d5557473b3492.txt	210
f2a8a75f-ccc6-46fd-aba8-4c7b000001dc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	102	4-1.7	4-1	4-1/4	4-1/4/3		産業政策の拠点である三軒茶屋産業プラザの更なる効果的な活用による産業活性化に資する取組みの推進や産業交流を促す機能強化について検討します。	産業プラザの機能強化等に関する検討と対応準備	検討を踏まえた対応	検討を踏まえた対応	t	1-5.1	t	f	000_206d5557473b3492.txt	211
f2a8a75f-ccc6-46fd-aba8-4c7b000001dd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	103	4-1.8	4-1	4-1/5	4-1/5/1		区内中小事業者の事業經營に必要な資金の調達を支援するため、区の制度融資取扱金融機関から低利で融資が受けられるよう、融資のあっせんを行います。また、融資制度の一環として、区から利子の一部を補助します。	融資あっせん制度の案内・発信	融資あっせん制度の案内・発信	融資あっせん制度の案内・発信	t	2-1.1	t	f	000_206d5557473b3492.txt	218
f2a8a75f-ccc6-46fd-aba8-4c7b000001de	a2eace15-13c8-4611-b0bc-ad035f30bb6d	104	4-1.9	4-1	4-1/5	4-1/5/2		中小事業者の經營に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の經營改善等を支援します。併せて、必要に応じ、経営支援コーディネーターが事業者に伴走し經營相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	t	2-1.2	t	f	000_206d5557473b3492.txt	219
f2a8a75f-ccc6-46fd-aba8-4c7b000001df	a2eace15-13c8-4611-b0bc-ad035f30bb6d	105	4-1.10	4-1	4-1/5	4-1/5/3	アクセラレータープログラムの実施	新たな産業活性化拠点整備事業において、アクセラレータープログラムの実施や事業スペースの提供、専門人材によるサポート、他企業との交流・連携など資金面でのサポート等を行い、安心してチャレンジできる環境を整えます。	施設運営開始に向けた施設整備、コンテンツの検討	アクセラレータープログラム等の実施	アクセラレータープログラム等の実施	f	\N	t	t	000_206d5557473b3492.txt	220
f2a8a75f-ccc6-46fd-aba8-4c7b000001e0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	106	4-1.11	4-1	4-1/5	4-1/5/4		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行います。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業については旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業は未定)	t	1-1.2	t	t	000_206d5557473b3492.txt	221
f2a8a75f-ccc6-46fd-aba8-4c7b000001e1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	107	4-1.12	4-1	4-1/5	4-1/5/5	多様な働き方の相談・社会保険労務士相談の実施	ライフスタイル等に応じて多様な働き方を選択することができる環境を整備するとともに、人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	社会保険労務士相談の実施	社会保険労務士相談の実施	社会保険労務士相談の実施	f	\N	t	t	000_206d5557473b3492.txt	222
f2a8a75f-ccc6-46fd-aba8-4c7b000001e2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	108	4-1.13	4-1	4-1/5	4-1/5/6	リスキリング等に関する情報発信	区内事業者に、リスキリング等に関する情報をメールマガジン等を通じて周知を行います。	リスキリング等に関する情報発信の開始	リスキリング等に関する情報発信の拡充	リスキリング等に関する情報発信の拡充	f	\N	t	f	000_206d5557473b3492.txt	223
f2a8a75f-ccc6-46fd-aba8-4c7b000001e3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	109	4-1.14	4-1	4-1/6	4-1/6/1		産業振興公社とともに区内事業者や經濟状況に関する情報収集を行うとともに、施策の企画立案から実施の各段階で連携を強化し、より効果的な事業者支援を展開します。	連携した情報収集の実施	より効果的な施策の企画・実施	より効果的な施策の企画・実施	f	\N	t	f	000_206d5557473b3492.txt	224
f2a8a75f-ccc6-46fd-aba8-4c7b000001e4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	110	4-1.15	4-1	4-1/6	4-1/6/2		各種産業団体との意見交換会等の場を設置し、課題の共有と、交流の促進を図ります。	産業団体連絡会の実施	産業団体連絡会の実施	産業団体連絡会の実施	t	1-5.3	t	f	000_206d5557473b3492.txt	225
f2a8a75f-ccc6-46fd-aba8-4c7b000001e5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	111	4-1.16	4-1	4-1/6	4-1/6/3		地域金融機関等と連携事業等を実施し、ネットワーク強化を図ります。	連携事業の実施	連携事業の拡大	連携事業の拡大	f	\N	f	f	000_206d5557473b3492.txt	233
f2a8a75f-ccc6-46fd-aba8-4c7b000001e6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	112	4-2.1	4-2	4-2/1	4-2/1/1		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行っています。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業については旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業は未定)	t	1-1.2	t	t	000_206d5557473b3492.txt	234
f2a8a75f-ccc6-46fd-aba8-4c7b000001e7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	113	4-2.2	4-2	4-2/1	4-2/1/2	SETAGAYA PORTによる新たな産業の創出	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業家をはじめとした新たなチャレンジをする人との交流を促すとともに、事業連携の機会を提供し多様な働き方を推進します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	f	\N	t	t	000_206d5557473b3492.txt	235
f2a8a75f-ccc6-46fd-aba8-4c7b000001e8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	114	4-2.3	4-2	4-2/1	4-2/1/3		行政サービスの提供時において、関係所管に対しても区内事業者の積極的な活用を働きかけるとともに、活用の幅の拡充について検討を行います。	区内事業者活用のより積極的な活用の手法の検討	区内事業者活用の幅の拡大	区内事業者活用の幅の拡大	t	1-5.4	f	f	000_206d5557473b3492.txt	236
f2a8a75f-ccc6-46fd-aba8-4c7b000001e9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	115	4-2.4	4-2	4-2/1	4-2/1/4		他業種に助言やノウハウを提供し経営の支援や新たな価値の創出をもたらすコンサルティング業やクリエティブ産業など産業を支える業種(産業支援業)の活用を後押し、既存産業の経営改善や新たな価値創出を促進します。	連携や活用の手法の検討	産業支援業と既存産業の連携の拡大	産業支援業と既存産業の連携の拡大	f	\N	f	f	000_206d5557473b3492.txt	237
f2a8a75f-ccc6-46fd-aba8-4c7b000001ea	a2eace15-13c8-4611-b0bc-ad035f30bb6d	116	4-3.1	4-3	4-3/1	4-3/1/1	特定創業支援事業等の実施	創業支援事業者との連携を強化し創業相談・創業セミナーなどを実施するとともに創業へのチャレンジを後押しする支援や、区内事業者向けに支援策の周知を推進します。また、オンライン配信を行い利便性の向上を図ります。	創業相談、創業セミナーの実施 オンライン化の実施	創業相談、創業セミナーの更なる利便性の向上	創業相談、創業セミナーの更なる利便性の向上	f	\N	t	t	000_206d5557473b3492.txt	238
f2a8a75f-ccc6-46fd-aba8-4c7b000001eb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	117	4-3.2	4-3	4-3/1	4-3/1/2	起業・創業支援策の情報発信	創業予定者や区内事業者を中心に、起業・創業に関する情報の配信や、起業・創業時の支援策等をメールマガジン等を通じて周知を行います。	起業・創業に関する情報発信の開始	起業・創業に関する情報発信の拡充	起業・創業に関する情報発信の拡充	f	\N	f	f	000_206d5557473b3492.txt	239
f2a8a75f-ccc6-46fd-aba8-4c7b000001ec	a2eace15-13c8-4611-b0bc-ad035f30bb6d	118	4-3.3	4-3	4-3/1	4-3/1/3		区内中小事業者の資金繰りや、販路拡大、IoTの活用、事業承継など、事業者の経営を支援するため、様々な技術・ノウハウや専門的な知識・技能を有する経営支援コーディネーターが、事業者や創業者に対する総合的なアドバイスを行います。	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	t	2-2.5	f	f	000_206d5557473b3492.txt	240
f2a8a75f-ccc6-46fd-aba8-4c7b000001ed	a2eace15-13c8-4611-b0bc-ad035f30bb6d	119	4-3.4	4-3	4-3/2	4-3/2/1	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	t	2-4.5	t	t	000_206d5557473b3492.txt	247
f2a8a75f-ccc6-46fd-aba8-4c7b000001ee	a2eace15-13c8-4611-b0bc-ad035f30bb6d	120	4-3.5	4-3	4-3/2	4-3/2/2		中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の経営改善等を支援します。併せて、必要に応じ、経営支援コーディネーターが事業者に伴走し経営相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	t	2-1.2	t	t	000_206d5557473b3492.txt	248
f2a8a75f-ccc6-46fd-aba8-4c7b000001ef	a2eace15-13c8-4611-b0bc-ad035f30bb6d	121	4-3.6	4-3	4-3/3	4-3/3/1		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行います。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業については旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業は未定)	t	1-1.2	t	t	000_206d5557473b3492.txt	249
f2a8a75f-ccc6-46fd-aba8-4c7b000001f0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	122	4-3.7	4-3	4-3/3	4-3/3/2	SETAGAYA PORTによる新たな産業の創出	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業家をはじめとした新たなチャレンジをする人との交流を促すとともに、起業・創業者を区民が応援する仕組みを構築します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	4-2.2	t	t	000_206d5557473b3492.txt	250
f2a8a75f-ccc6-46fd-aba8-4c7b000001f2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	124	4-4.1	4-4	4-4/1	4-4/1/1	SETAGAYA PORTによる新たな産業の創出	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、産業分野と多様なコンテンツを通じたつながりや交流・連閣を促進します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	4-2.2	t	t	000_206d5557473b3492.txt	252
f2a8a75f-ccc6-46fd-aba8-4c7b000001f3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	125	4-4.2	4-4	4-4/1	4-4/1/2		産業政策の拠点である三軒茶屋産業プラザの更なる効果的な活用による産業活性化に資する取組みの推進や産業交流を促す機能強化について検討します。	産業プラザの機能強化等に関する検討と対応準備	検討を踏まえた対応	検討を踏まえた対応	t	1-5.1	t	t	000_206d5557473b3492.txt	253
f2a8a75f-ccc6-46fd-aba8-4c7b000001f4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	126	5-1.1	5-1	5-1/1	5-1/1/1	三軒茶屋就労支援センター事業の実施	一人でも多くの方が安定した仕事に就き、就労し、また事業所が必要とする人材を獲得できるマッチングを進めるとともに、雇用労働分野のワンストップ窓口としてキャリア相談をはじめ総合的な支援を行います。	三茶おしごとカフェの運営	三茶おしごとカフェの運営	三茶おしごとカフェの運営	f	\N	t	t	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b000001f5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	127	5-1.2	5-1	5-1/1	5-1/1/2	区内中小企業等人材マッチング等の実施	正社員(正規雇用)を目指す求職者のキャリアチェンジの取組みや相談を充実させ、メディアとタイアップしたSNS発信や冊子等による人材不足産業の魅力発信や伴走型で企業(事業所)の採用支援を行い、区民生活を支える中小企業等の採用マッチングを推進します。また従業員の離職防止や育成支援を行います。	マッチング事業の実施と福祉の仕事の魅力発信	マッチング事業の実施と福祉の仕事の魅力発信	マッチング事業の実施と福祉の仕事の魅力発信	t	2-4.2	t	t	000_206d5557473b3492.txt	261
f2a8a75f-ccc6-46fd-aba8-4c7b000001f6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	128	5-1.3	5-1	5-1/1	5-1/1/3	R60-SETAGAYA-及びシルバー人材センター	働きたいシニアと働き手を求める事業者を対象にセミナーを開催し、シニアに対する理解を深めるとともに、セミナーを通して働きたいシニアのニーズに合った仕事の開拓を図ります。	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	f	\N	t	f	000_206d5557473b3492.txt	262
f2a8a75f-ccc6-46fd-aba8-4c7b000001f7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	129	5-1.4	5-1	5-1/2	5-1/2/1	多様な働き方の相談・社会保険労務士相談の実施	ライフスタイル等に応じて多様な働き方を選択することができる環境を整備するとともに、人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	社会保険労務士相談の実施	社会保険労務士相談の実施	社会保険労務士相談の実施	t	4-1.12	t	t	000_206d5557473b3492.txt	263
f2a8a75f-ccc6-46fd-aba8-4c7b000001f8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	130	5-2.1	5-2	5-2/1	5-2/1/1	コワーキングスペースやシェアオフィス等の利用促進	新たな産業活性化拠点整備事業において、コワーキングスペースやシェアオフィス等を提供することで、どこでも働くことができる環境を整備します。	施設運営開始に向けた施設整備、入居者募集・選定	コワーキングスペース、シェアオフィス等の利用促進	コワーキングスペース、シェアオフィス等の利用促進	t	2-7.2	t	t	000_206d5557473b3492.txt	264
f2a8a75f-ccc6-46fd-aba8-4c7b000001f9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	131	5-2.2	5-2	5-2/1	5-2/1/2		地域の事業者と区とのハブとなる、区内コワーキングスペース開設予定事業者及びコワーキングスペース運営事業者に対して、支援を推進します。子どもと親が同空間で働くことができるコワーキングスペースやシェアオフィスの整備を誘致するなど、子どもフレンドリーな環境整備を推進します。	施設運営開始に向けたコンテンツの検討	子どもフレンドリーなコワーキングスペースやシェアオフィス等の開設	子どもフレンドリーなコワーキングスペースやシェアオフィス等の利用促進	t	4-1.1	f	f	000_206d5557473b3492.txt	265
f2a8a75f-ccc6-46fd-aba8-4c7b000001fa	a2eace15-13c8-4611-b0bc-ad035f30bb6d	132	5-2.3	5-2	5-2/2	5-2/2/1	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業家をはじめとした新たなチャレンジをする人との交流を促すとともに、事業連携の機会を提供し多様な働き方を推進します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	t	000_206d5557473b3492.txt	266
f2a8a75f-ccc6-46fd-aba8-4c7b000001fb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	133	5-2.4	5-2	5-2/2	5-2/2/2	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	t	2-4.5	t	t	000_206d5557473b3492.txt	267
f2a8a75f-ccc6-46fd-aba8-4c7b000001fc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	134	5-2.5	5-2	5-2/2	5-2/2/3		産業政策の拠点である三軒茶屋産業プラザの更なる効果的な活用による産業活性化に資する取組みの推進や産業交流を促す機能強化について検討します。	産業プラザの機能強化等に関する検討と対応準備	検討を踏まえた対応	検討を踏まえた対応	t	1-5.1	t	f	000_206d5557473b3492.txt	275
f2a8a75f-ccc6-46fd-aba8-4c7b000001fd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	135	5-3.1	5-3	5-3/1	5-3/1/1	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業家をはじめとした新たなチャレンジをする人との交流を促すとともに、事業連携の機会を提供します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	f	000_206d5557473b3492.txt	276
f2a8a75f-ccc6-46fd-aba8-4c7b000001fe	a2eace15-13c8-4611-b0bc-ad035f30bb6d	136	5-3.2	5-3	5-3/1	5-3/1/2	三軒茶屋就労支援センター事業の実施	一人でも多くの方が安定した仕事に就き、就労し、また事業所が必要とする人材を獲得できるマッチングを進めるとともに、雇用労働分野のワンストップ窓口としてキャリア相談をはじめ総合的な支援を行います。	三茶おしごとカフェの運営	三茶おしごとカフェの運営	三茶おしごとカフェの運営	t	5-1.1	t	f	000_206d5557473b3492.txt	277
f2a8a75f-ccc6-46fd-aba8-4c7b000001ff	a2eace15-13c8-4611-b0bc-ad035f30bb6d	137	5-3.3	5-3	5-3/1	5-3/1/3	R60-SETAGAYA-及びシルバー人材センター	働きたいシニアと働き手を求める事業者を対象にセミナーを開催し、シニアに対する理解を深めるとともに、セミナーを通して働きたいシニアのニーズに合った仕事の開拓を図ります。	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	t	5-1.3	t	f	000_206d5557473b3492.txt	278
f2a8a75f-ccc6-46fd-aba8-4c7b00000200	a2eace15-13c8-4611-b0bc-ad035f30bb6d	138	5-3.4	5-3	5-3/2	5-3/2/1	多様な働き方の相談・社会保険労務士相談の実施	ライフスタイル等に応じて多様な働き方を選択することができる環境を整備するとともに、人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	社会保険労務士相談の実施	社会保険労務士相談の実施	社会保険労務士相談の実施	t	4-1.12	t	f	000_206d5557473b3492.txt	279
f2a8a75f-ccc6-46fd-aba8-4c7b00000201	a2eace15-13c8-4611-b0bc-ad035f30bb6d	139	5-3.5	5-3	5-3/2	5-3/2/2	兼業・副業等多様な働き方に関する情報発信	区内事業者に、兼業・副業に関する労働法制や健康管理等に関する情報をメールマガジン等を通じて周知を行います。	兼業・副業等に関する情報発信の開始	兼業・副業等に関する情報発信の拡充	兼業・副業等に関する情報発信の拡充	f	\N	f	f	000_206d5557473b3492.txt	280
f2a8a75f-ccc6-46fd-aba8-4c7b00000202	a2eace15-13c8-4611-b0bc-ad035f30bb6d	140	5-3.6	5-3	5-3/3	5-3/3/1	多様な働き方の相談・社会保険労務士相談の実施	ライフスタイル等に応じて多様な働き方を選択することができる環境を整備するとともに、人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	社会保険労務士相談の実施	社会保険労務士相談の実施	社会保険労務士相談の実施	t	4-1.12	t	f	000_206d5557473b3492.txt	281
f2a8a75f-ccc6-46fd-aba8-4c7b00000203	a2eace15-13c8-4611-b0bc-ad035f30bb6d	141	5-3.7	5-3	5-3/4	5-3/4/1	取引適正化等に関する相談対応	中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の経営改善等を支援します。併せて、例えばインボイスへの対応や取引適正化などの課題に対し、必要に応じ、経営支援コーディネーターが事業者に伴走し経営相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	t	2-5.1	t	f	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b00000204	a2eace15-13c8-4611-b0bc-ad035f30bb6d	142	5-3.8	5-3	5-3/4	5-3/4/2	取引適正化に関するガイドライン等の情報提供	個人事業主やフリーランスに、取引適正化に関するガイドライン等の情報を、メールマガジン配信サービスを活用して発信し、安心して働ける環境を整備します。	取引適正化に関するガイドライン等の情報発信の開始	取引適正化に関するガイドライン等の情報発信の拡充	取引適正化に関するガイドライン等の情報発信の拡充	t	2-5.2	t	f	000_206d5557473b3492.txt	289
f2a8a75f-ccc6-46fd-aba8-4c7b00000205	a2eace15-13c8-4611-b0bc-ad035f30bb6d	143	6-1.1	6-1	6-1/1	6-1/1/1	健康経営に関する普及啓発	健康経営に関するセミナーを開催とともに、メールマガジン等により、セミナーの案内をはじめとする健康経営に関する情報発信を行うことで、事業者の健康経営に関する意識の向上を図ります。	健康経営に関する情報発信・普及啓発	健康経営に関する情報発信・普及啓発	健康経営に関する情報発信・普及啓発	f	\N	t	f	000_206d5557473b3492.txt	290
f2a8a75f-ccc6-46fd-aba8-4c7b00000206	a2eace15-13c8-4611-b0bc-ad035f30bb6d	144	6-1.2	6-1	6-1/1	6-1/1/2	健康経営に関する意識の向上及び普及啓発	区内事業者に、産業情報誌等を活用して事業者の取り組み事例等を発信し、健康経営に関する意識の向上や普及啓発を図ります。	産業広報誌等による情報発信	産業広報誌等による情報発信	産業広報誌等による情報発信	t	4-1.2	f	f	000_206d5557473b3492.txt	291
f2a8a75f-ccc6-46fd-aba8-4c7b00000207	a2eace15-13c8-4611-b0bc-ad035f30bb6d	145	6-1.3	6-1	6-1/2	6-1/2/1		区内中小企業に勤務する方を対象とした福利厚生制度メニューの充実を図るとともに、相談窓口機能の向上を図ります。	セラ・サービスの周知・PR	セラ・サービスの周知・PR	セラ・サービスの周知・PR	f	\N	t	f	000_206d5557473b3492.txt	292
f2a8a75f-ccc6-46fd-aba8-4c7b00000208	a2eace15-13c8-4611-b0bc-ad035f30bb6d	146	6-2.1	6-2	6-2/1	6-2/1/1	多様な働き方の相談・社会保険労務士相談の実施	ライフスタイル等に応じて多様な働き方を選択することができ、ワーク・ライフ・バランス向上に資する環境を整備するとともに、人々が安心して働くことができるセーフティネットとしての相談体制を充実します。	社会保険労務士相談の実施	社会保険労務士相談の実施	社会保険労務士相談の実施	t	4-1.12	t	t	000_206d5557473b3492.txt	293
f2a8a75f-ccc6-46fd-aba8-4c7b00000209	a2eace15-13c8-4611-b0bc-ad035f30bb6d	147	6-2.2	6-2	6-2/1	6-2/1/2	セミナー等を通じた普及啓発	セミナー等を通じて、事業者が多様な働き方やワーク・ライフ・バランスを正しく理解するための情報提供を行います。	多様な働き方に関するセミナーの実施	多様な働き方に関するセミナーの実施	多様な働き方に関するセミナーの実施	f	\N	f	f	000_206d5557473b3492.txt	294
f2a8a75f-ccc6-46fd-aba8-4c7b0000020a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	148	6-2.3	6-2	6-2/1	6-2/1/3	多様な働き方に関する情報発信	区内事業者に、多様な働き方やワーク・ライフ・バランスに関する情報をメールマガジン等を通じて周知を行います。	兼業・副業等に関する情報発信の開始	兼業・副業等に関する情報発信の拡充	兼業・副業等に関する情報発信の拡充	f	\N	f	f	000_206d5557473b3492.txt	295
f2a8a75f-ccc6-46fd-aba8-4c7b0000020b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	149	6-3.1	6-3	6-3/1	6-3/1/1		産業振興公社による外部窓口提供サービスにより、社内にハラスメント相談窓口を設置することができない等の事情で悩む世田谷区内の中小事業者を支援します。	ハラスメント相談サービスの周知・PR	ハラスメント相談サービスの周知・PR	ハラスメント相談サービスの周知・PR	f	\N	t	f	000_206d5557473b3492.txt	302
f2a8a75f-ccc6-46fd-aba8-4c7b0000020c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	150	6-3.2	6-3	6-3/1	6-3/1/2		就職活動中または就労中の方を対象に、就労にまつわる心理的な悩みについて、臨床心理士が相談を受け付けます。	メンタルヘルス相談の実施	メンタルヘルス相談の実施	メンタルヘルス相談の実施	f	\N	t	f	000_206d5557473b3492.txt	304
f2a8a75f-ccc6-46fd-aba8-4c7b0000020d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	151	6-3.3	6-3	6-3/2	6-3/2/1	障害者施設等を対象とした農作業体験会や地域イベントの実施	区内農地の保全及び障害者就労の促進と工賃向上に向けて取り組む農福連携事業において、農作業体験会等の機会を通じた障害者の働く意欲の向上や、地域イベント等による区民及び区内農家の意識醸成を進め、世田谷区における農福連携を推進していきます。	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	t	1-3.2	t	t	000_206d5557473b3492.txt	306
f2a8a75f-ccc6-46fd-aba8-4c7b0000020e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	152	6-3.4	6-3	6-3/2	6-3/2/2		産業政策の拠点である三軒茶屋産業プラザの更なる効果的な活用による産業活性化に資する取組みの推進や、地域における活躍の場や機会の創出、キャリアを活かした役割との出会い、事業者間の連携や交流を促す機能強化について検討します。	産業プラザの機能強化等に関する検討と対応準備	検討を踏まえた対応	検討を踏まえた対応	t	1-5.1	t	f	000_206d5557473b3492.txt	309
f2a8a75f-ccc6-46fd-aba8-4c7b0000020f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	153	6-3.5	6-3	6-3/3	6-3/3/1	R60 -SETAGAYA-及びシルバー人材センター	働きたいシニアと働き手を求める事業者を対象にセミナーを開催し、シニアに対する理解を深めるとともに、セミナーを通して働きたいシニアのニーズに合った仕事の開拓を図ります。	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	t	5-1.3	t	f	000_206d5557473b3492.txt	311
f2a8a75f-ccc6-46fd-aba8-4c7b00000210	a2eace15-13c8-4611-b0bc-ad035f30bb6d	154	6-3.6	6-3	6-3/4	6-3/4/1		区内事業者を対象に、ダイバーシティ経営に関するセミナーなどを通じて、多様性を認め合うとともに理解を深め、雇用や取引における疑問や不安を解消し、経営への活用や周知・普及を図ります。	ダイバーシティ&インクルージョン経営に関する情報発信・普及啓発	ダイバーシティ&インクルージョン経営に関する情報発信・普及啓発	ダイバーシティ&インクルージョン経営に関する情報発信・普及啓発	f	\N	t	f	000_206d5557473b3492.txt	313
f2a8a75f-ccc6-46fd-aba8-4c7b00000211	a2eace15-13c8-4611-b0bc-ad035f30bb6d	155	6-3.7	6-3	6-3/4	6-3/4/2	障害者施設等を対象とした農作業体験会や地域イベントの実施	区内農地の保全及び障害者就労の促進と工賃向上に向けて取り組む農福連携事業において、農作業体験会等の機会を通じた障害者の働く意欲の向上や、地域イベント等による区民及び区内農家の意識醸成を進め、世田谷区における農福連携を推進していきます。	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	t	1-3.2	t	t	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b00000212	a2eace15-13c8-4611-b0bc-ad035f30bb6d	156	6-3.8	6-3	6-3/4	6-3/4/3		主に区内企業を対象に、障害者施設等の見学会や交流会、障害者を雇用する企業によるセミナーなどを通して、障害者への理解を深め、あわせて障害者雇用に関する情報提供を行い、雇用における疑問や不安を解消し、雇用を進めます。	プログラムの実施	プログラムの実施	プログラムの実施	f	\N	f	f	000_206d5557473b3492.txt	322
f2a8a75f-ccc6-46fd-aba8-4c7b00000213	a2eace15-13c8-4611-b0bc-ad035f30bb6d	157	6-3.9	6-3	6-3/5	6-3/5/1		犯罪をした人等の立ち直りを支え、地域社会で孤立することなく、必要な支援を受けられる環境づくりのため、事業者への理解促進や普及啓発のため周知を行います。	犯罪をした人等の支援に関する情報発信・普及啓発	犯罪をした人等の支援に関する情報発信・普及啓発	犯罪をした人等の支援に関する情報発信・普及啓発	f	\N	f	f	000_206d5557473b3492.txt	323
f2a8a75f-ccc6-46fd-aba8-4c7b00000214	a2eace15-13c8-4611-b0bc-ad035f30bb6d	158	6-3.10	6-3	6-3/6	6-3/6/1		区内事業者を対象に、セミナーや相談会等を通して、外国籍区民への理解を深め、あわせて就労における疑問や不安を解消し、雇用を進めます。	「セミナー&相談」の実施	「セミナー&相談」の実施	「セミナー&相談」の実施	f	\N	t	f	000_206d5557473b3492.txt	324
f2a8a75f-ccc6-46fd-aba8-4c7b00000215	a2eace15-13c8-4611-b0bc-ad035f30bb6d	159	6-3.11	6-3	6-3/7	6-3/7/1		外国籍を持つ区民の方を対象としたセミナーのほか、外国籍を持つ方の採用に興味のある事業者へのセミナー、相談会等の充実を図ります。	「セミナー&相談」の実施	「セミナー&相談」の実施	「セミナー&相談」の実施	f	\N	f	f	000_206d5557473b3492.txt	325
f2a8a75f-ccc6-46fd-aba8-4c7b00000216	a2eace15-13c8-4611-b0bc-ad035f30bb6d	160	7-1.1	7-1	7-1/1	7-1/1/1	アントレプレナーシップ教育プログラム等の実施	新たな産業活性化拠点整備事業において、小中高生を対象に、起業家との交流やプログラムなどを通じたアントレプレナーシップ(起業家精神)の醸成につながるプロジェクトを実施します。	施設運営開始に向けた施設整備、コンテンツの検討	アントレプレナーシップ教育プログラム等の実施	アントレプレナーシップ教育プログラム等の実施	t	3-3.2	t	t	000_206d5557473b3492.txt	326
f2a8a75f-ccc6-46fd-aba8-4c7b00000217	a2eace15-13c8-4611-b0bc-ad035f30bb6d	161	7-1.2	7-1	7-1/2	7-1/2/1	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、起業・創業に意識を持つ人が仲間集めや刺激を受けることができる仕組みを構築し、コレクティブインパクトを創出します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	t	000_206d5557473b3492.txt	327
f2a8a75f-ccc6-46fd-aba8-4c7b00000218	a2eace15-13c8-4611-b0bc-ad035f30bb6d	162	7-2.1	7-2	7-2/1	7-2/1/1	特定創業支援事業等の実施	創業支援事業者との連携を強化し創業相談・創業セミナーなどを実施するとともに、オンライン活用やライフスタイルに応じた対応などの利便性の向上を図ります。	創業相談、創業セミナーの実施オンライン化の実施	創業相談、創業セミナーの更なる利便性の向上	創業相談、創業セミナーの更なる利便性の向上	t	3-1.6	t	t	000_206d5557473b3492.txt	328
f2a8a75f-ccc6-46fd-aba8-4c7b00000219	a2eace15-13c8-4611-b0bc-ad035f30bb6d	163	7-2.2	7-2	7-2/1	7-2/1/2	起業・創業支援策に関する情報発信	創業予定者や区内事業者を中心に、起業・創業に関する情報の配信や、起業・創業時の支援策等をメールマガジン等を通じて周知を行います。	起業・創業に関する情報発信の開始	起業・創業に関する情報発信の拡充	起業・創業に関する情報発信の拡充	t	4-3.2	f	f	000_206d5557473b3492.txt	335
f2a8a75f-ccc6-46fd-aba8-4c7b0000021a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	164	7-2.3	7-2	7-2/1	7-2/1/3		区内中小事業者の資金繰りや、販路拡大、IoTの活用、事業承継など、事業者の経営を支援するため、様々な技術・ノウハウや専門的な知識・技能を有する経営支援コーディネーターが、事業者や創業者に対する総合的なアドバイスを行います。	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	経営支援コーディネーターによる経営支援の実施	t	2-2.5	t	f	000_206d5557473b3492.txt	336
f2a8a75f-ccc6-46fd-aba8-4c7b0000021b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	165	7-2.4	7-2	7-2/2	7-2/2/1	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	t	2-4.5	t	t	000_206d5557473b3492.txt	337
f2a8a75f-ccc6-46fd-aba8-4c7b0000021c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	166	7-2.5	7-2	7-2/2	7-2/2/2		中小事業者の経営に係る総合相談窓口を設け、専門的な知識を持つ中小企業診断士と相談を行える体制を組むことにより、事業者の経営改善等を支援します。併せて、必要に応じ、経営支援コーディネーターが事業者に伴走し経営相談に当たることで、事業者が抱える様々な課題に対応します。	総合経営相談の発信	総合経営相談の発信	総合経営相談の発信	t	2-1.2	t	t	000_206d5557473b3492.txt	338
f2a8a75f-ccc6-46fd-aba8-4c7b0000021d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	167	7-2.6	7-2	7-2/3	7-2/3/1	テスマーケティング、社会実証実験等の推進	新たな産業活性化拠点整備事業において、小売店や飲食店などによるトライアル販売、区内既存事業者による新たなプロダクトやサービス開発にあたってのテスマーケティング等の活動の場や、新たなテクノロジーの社会実証フィールドの場を構築します。	施設運営開始に向けた施設整備、コンテンツの検討	テスマーケティング、社会実証実験等の推進	テスマーケティング、社会実証実験等の推進	t	4-1.4	t	t	000_206d5557473b3492.txt	339
f2a8a75f-ccc6-46fd-aba8-4c7b0000021e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	168	7-2.7	7-2	7-2/3	7-2/3/2		区内産業や区内事業者を区民が直接応援できる仕組みを研究のうえ、検討します。	基金やファンド等の設置に向けた検討	検討結果を踏まえた対応	検討結果を踏まえた対応	t	4-3.8	t	f	000_206d5557473b3492.txt	340
f2a8a75f-ccc6-46fd-aba8-4c7b0000021f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	169	7-2.8	7-2	7-2/4	7-2/4/1		区内で新規プロジェクトの事業化等に挑戦する事業者に対し、専門家によるアドバイス等の伴走支援や補助金、研修型スクール事業による支援、地域連携型ハンズオン支援を行います。	補助事業、事業者支援の実施	事業支援の実施(ただし、補助事業については旧池尻に関わるため未定)	事業支援の実施(一部旧池尻に関わる事業は未定)	t	1-1.2	t	t	000_206d5557473b3492.txt	341
f2a8a75f-ccc6-46fd-aba8-4c7b00000220	a2eace15-13c8-4611-b0bc-ad035f30bb6d	170	7-2.9	7-2	7-2/4	7-2/4/2		区内における起業・創業を促進するため、起業・創業にかかる経費の一部を補助します。	補助事業の構築	補助事業の実施	補助事業の実施	f	\N	t	t	000_206d5557473b3492.txt	342
f2a8a75f-ccc6-46fd-aba8-4c7b00000221	a2eace15-13c8-4611-b0bc-ad035f30bb6d	171	7-2.10	7-2	7-2/4	7-2/4/3		建設業関連産業団体との定期的な意見交換等の場を設け、起業・創業者が地域で事業に取り組みやすい環境の構築に向けた検討を行うなど、連携の強化を図っていきます。	意見交換の実施	意見交換の実施	意見交換の実施	t	1-4.3	f	f	000_206d5557473b3492.txt	349
f2a8a75f-ccc6-46fd-aba8-4c7b00000222	a2eace15-13c8-4611-b0bc-ad035f30bb6d	172	7-2.11	7-2	7-2/4	7-2/4/4		各種産業団体との意見交換会等の場を設置し、起業・創業者が地域で事業に取り組みやすい環境の構築に向けた検討を行うなど、連携の強化を図っていきます。	産業団体連絡会の実施	産業団体連絡会の実施	産業団体連絡会の実施	t	1-5.3	f	f	000_206d5557473b3492.txt	350
f2a8a75f-ccc6-46fd-aba8-4c7b00000223	a2eace15-13c8-4611-b0bc-ad035f30bb6d	173	7-2.12	7-2	7-2/4	7-2/4/5		地域金融機関等と連携事業等を実施し、ネットワーク強化を図ります。	連携事業の実施	連携事業の拡大	連携事業の拡大	f	\N	f	f	000_206d5557473b3492.txt	351
f2a8a75f-ccc6-46fd-aba8-4c7b00000224	a2eace15-13c8-4611-b0bc-ad035f30bb6d	174	7-3.1	7-3	7-3/1	7-3/1/1	事業者と区内のオフィス、店舗等とのマッチングの促進	新たな産業活性化拠点整備事業において、区内の不動産事業者との連携等により、事業者が区内に定着しやすい環境を整備します。	施設運営開始に向けた施設整備、コンテンツの検討	事業者と区内のオフィス、店舗等とのマッチングの促進	事業者と区内のオフィス、店舗等とのマッチングの促進	t	2-7.1	t	t	000_206d5557473b3492.txt	352
f2a8a75f-ccc6-46fd-aba8-4c7b00000225	a2eace15-13c8-4611-b0bc-ad035f30bb6d	175	7-3.2	7-3	7-3/1	7-3/1/2	テストマーケティング、社会実証実験等の推進	新たな産業活性化拠点整備事業において、小売店や飲食店などによるトライアル販売、区内既存事業者による新たなプロダクトやサービス開発にあたってのテストマーケティング等の活動の場や、新たなテクノロジーの社会実証フィールドの場を構築します。	施設運営開始に向けた施設整備、コンテンツの検討	テストマーケティング、社会実証実験等の推進	テストマーケティング、社会実証実験等の推進	t	4-1.4	t	t	000_206d5557473b3492.txt	353
f2a8a75f-ccc6-46fd-aba8-4c7b00000226	a2eace15-13c8-4611-b0bc-ad035f30bb6d	176	7-3.3	7-3	7-3/2	7-3/2/1		区内事業者の実態や地域産業を取り巻く状況等について調査を行うとともに、結果を公開することで区内事業者の実態や状況を共有します。	産業基礎調査の実施、公開。経済産業白書の作成に向けた検討	産業基礎調査の実施、公開。経済産業白書作成(予定)	産業基礎調査の実施、公開	t	2-5.5	f	f	000_206d5557473b3492.txt	354
f2a8a75f-ccc6-46fd-aba8-4c7b00000227	a2eace15-13c8-4611-b0bc-ad035f30bb6d	177	7-3.4	7-3	7-3/3	7-3/3/1	アントレプレナーシップ教育プログラム等の実施	新たな産業活性化拠点整備事業において、小中高生を対象に、起業家との交流やプログラムなどを通じたアントレプレナーシップ(起業家精神)の醸成につながるプロジェクトを実施します。	施設運営開始に向けた施設整備、コンテンツの検討	アントレプレナーシップ教育プログラム等の実施	アントレプレナーシップ教育プログラム等の実施	t	3-3.2	t	t	000_206d5557473b3492.txt	355
f2a8a75f-ccc6-46fd-aba8-4c7b00000228	a2eace15-13c8-4611-b0bc-ad035f30bb6d	178	7-3.5	7-3	7-3/3	7-3/3/2	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、社会課題や地域課題の解決に向けた新たな産業の育成の機会の提供や、コレクティブインパクトを創出します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	t	000_206d5557473b3492.txt	356
f2a8a75f-ccc6-46fd-aba8-4c7b00000229	a2eace15-13c8-4611-b0bc-ad035f30bb6d	179	8-1.1	8-1	8-1/1	8-1/1/1	SETAGAYA PORTを通じた多様な人々の交流推進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、地域及び社会課題に関心を持つさまざまなステークホルダーが仲間を集めたり、関心のあるテーマを深堀するための交流機会を創出します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	3-3.1	t	t	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b0000022a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	180	8-1.2	8-1	8-1/1	8-1/1/2	せせせプロジェクトの実施	「せせせプロジェクト」により、障害者施設で製作される自主品牌の商品開発のアドバイスをはじめSNSやメディアの活用、イベント実施によるPR、ECサイトでの販路拡大等により、売上向上とそれによる利用者の工賃アップを進めます。またメディアと連携して福祉系産業の仕事の魅力をダイレクトに伝える冊子やwebコンテンツを展開し福祉人材確保につなげます。	事業PRと魅力ある商品開発の実践	事業PRと魅力ある商品開発の実践	事業PRと事業所の自立化	f	\N	t	t	000_206d5557473b3492.txt	365
f2a8a75f-ccc6-46fd-aba8-4c7b0000022b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	181	8-1.3	8-1	8-1/1	8-1/1/3	障害者施設等を対象とした農作業体験会等の実施	区内農地の保全及び障害者就労の促進と工賃向上に向けて取り組む農福連携事業において、農作業体験会等の機会を通じた障害者の働く意欲の向上や、地域イベント等による区民及び区内農家の意識醸成を進め、世田谷区における農福連携を推進していきます。	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	農福連携体験会、地域イベントの開催	t	1-3.2	t	t	000_206d5557473b3492.txt	366
f2a8a75f-ccc6-46fd-aba8-4c7b0000022c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	182	8-1.4	8-1	8-1/1	8-1/1/4	地域課題や社会課題解決に関する情報発信	地域課題や社会課題に関する情報を集約し、メールマガジン等により区内事業者向けに発信することで、地域課題や社会課題への関心を高めるとともに、参画の機運を醸成する。	地域課題や社会課題解決に関する情報発信の開始	地域課題や社会課題解決に関する情報発信の拡充	地域課題や社会課題解決に関する情報発信の拡充	f	\N	t	f	000_206d5557473b3492.txt	367
f2a8a75f-ccc6-46fd-aba8-4c7b0000022d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	183	8-2.1	8-2	8-2/1	8-2/1/1	SETAGAYA PORTによる社会及び地域課題の解決促進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、様々なステークホルダーには連携してプロジェクトに取り組みます。プロジェクトには様々な形で関与・応援できる仕組みを検討します。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	f	\N	t	t	000_206d5557473b3492.txt	368
f2a8a75f-ccc6-46fd-aba8-4c7b0000022e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	184	8-2.2	8-2	8-2/1	8-2/1/2	せせせプロジェクトの実施	「せせせプロジェクト」により、障害者施設で製作される自主品牌の商品開発のアドバイスをはじめSNSやメディアの活用、イベント実施によるPR、ECサイトでの販路拡大等により、売上向上とそれによる利用者の工賃アップを進めます。またメディアと連携して福祉系産業の仕事の魅力をダイレクトに伝える冊子やwebコンテンツを展開し福祉人材確保につなげます。	事業PRと魅力ある商品開発の実践	事業PRと魅力ある商品開発の実践	事業PRと事業所の自立化	t	8-1.2	t	t	000_206d5557473b3492.txt	369
f2a8a75f-ccc6-46fd-aba8-4c7b0000022f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	185	8-2.3	8-2	8-2/1	8-2/1/3	テストマーケティング、社会実証実験等の推進	新たな産業活性化拠点整備事業において、小売店や飲食店などによるトライアル販売、区内既存事業者による新たなプロダクトやサービス開発・社会課題解決にあたってのテストマーケティング等の活動の場や、新たなテクノロジーの社会実証フィールドの場を構築します。	施設運営開始に向けた施設整備、コンテンツの検討	テストマーケティング、社会実証実験等の推進	テストマーケティング、社会実証実験等の推進	t	4-1.4	t	t	000_206d5557473b3492.txt	370
f2a8a75f-ccc6-46fd-aba8-4c7b00000230	a2eace15-13c8-4611-b0bc-ad035f30bb6d	186	8-2.4	8-2	8-2/1	8-2/1/4	R60-SETAGAYA-及びシルバー人材センター	働きたいシニアと働き手を求める事業者を対象にセミナーを開催し、シニアに対する理解を深めるとともに、セミナーを通して働きたいシニアのニーズに合った仕事の開拓を図ります。	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	t	5-1.3	t	f	000_206d5557473b3492.txt	371
f2a8a75f-ccc6-46fd-aba8-4c7b00000231	a2eace15-13c8-4611-b0bc-ad035f30bb6d	187	9-1.1	9-1	9-1/1	9-1/1/1	地域及び社会課題解決に取り組む事業者の顔の見える化	区内事業者に、産業情報誌等を活用して事業者の地域及び社会課題解決に取り組み事例等を発信し、事業者間の顔の見える化につなげます。	産業広報誌等による情報発信	産業広報誌等による情報発信	産業広報誌等による情報発信	t	4-1.2	f	f	000_206d5557473b3492.txt	378
f2a8a75f-ccc6-46fd-aba8-4c7b00000232	a2eace15-13c8-4611-b0bc-ad035f30bb6d	188	9-1.2	9-1	9-1/2	9-1/2/1	せせせプロジェクトの実施	「せせせプロジェクト」により、障害者施設で製作される自主品牌の商品開発のアドバイスをはじめSNSやメディアの活用、イベント実施によるPR、ECサイトでの販路拡大等により、売上向上とそれによる利用者の工賃アップを進めます。またメディアと連携して福祉系産業の仕事の魅力をダイレクトに伝える冊子やwebコンテンツを展開し福祉人材確保につなげます。	事業PRと魅力ある商品開発の実践	事業PRと魅力ある商品開発の実践	事業PRと事業所の自立化	t	8-1.2	t	t	000_206d5557473b3492.txt	379
f2a8a75f-ccc6-46fd-aba8-4c7b00000233	a2eace15-13c8-4611-b0bc-ad035f30bb6d	189	9-1.3	9-1	9-1/2	9-1/2/2		区内産業や区内事業者を区民が直接応援できる仕組みを研究のうえ、検討します。	基金やファンド等の設置に向けた検討	検討結果を踏まえた対応	検討結果を踏まえた対応	t	4-3.8	f	f	000_206d5557473b3492.txt	380
f2a8a75f-ccc6-46fd-aba8-4c7b00000234	a2eace15-13c8-4611-b0bc-ad035f30bb6d	190	9-1.4	9-1	9-1/3	9-1/3/1	せせせプロジェクトの実施	「せせせプロジェクト」により、障害者施設で製作される自主品牌の商品開発のアドバイスをはじめSNSやメディアの活用、イベント実施によるPR、ECサイトでの販路拡大等により、売上向上とそれによる利用者の工賃アップを進めます。またメディアと連携して福祉系産業の仕事の魅力をダイレクトに伝える冊子やwebコンテンツを展開し福祉人材確保につなげます。	事業PRと魅力ある商品開発の実践	事業PRと魅力ある商品開発の実践	事業PRと事業所の自立化	t	8-1.2	t	t	000_206d5557473b3492.txt	381
f2a8a75f-ccc6-46fd-aba8-4c7b00000235	a2eace15-13c8-4611-b0bc-ad035f30bb6d	191	9-1.5	9-1	9-1/3	9-1/3/2	R60-SETAGAYA-及びシルバー人材センター	働きたいシニアと働き手を求める事業者を対象にセミナーを開催し、シニアに対する理解を深めるとともに、セミナーを通して働きたいシニアのニーズに合った仕事の開拓を図ります。	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	シニアを対象にした就労セミナーの実施	t	5-1.3	t	f	000_206d5557473b3492.txt	382
f2a8a75f-ccc6-46fd-aba8-4c7b00000236	a2eace15-13c8-4611-b0bc-ad035f30bb6d	192	9-1.6	9-1	9-1/3	9-1/3/3	ソーシャルビジネス・コミュニケーションビジネス支援事業の実施	持続可能な地域経済の発展を実現するため、社会課題や地域課題の解決や地域の活性化を図る事業を行うソーシャルビジネス事業者に対して、補助を行うことで、持続可能な地域経済の発展を実現します。	補助事業の実施	補助事業の実施	補助事業の実施	f	\N	t	f	000_206d5557473b3492.txt	383
f2a8a75f-ccc6-46fd-aba8-4c7b00000237	a2eace15-13c8-4611-b0bc-ad035f30bb6d	193	9-2.1	9-2	9-2/1	9-2/1/1	SETAGAYA PORTによる社会及び地域課題の解決促進	多様な人材や業種が交流する産業連携プラットフォーム“SETAGAYA PORT”を通じて、区内を中心としたさまざまなステークホルダーと連携し、社会課題、地域課題の解決に取り組みます。	各プロジェクトの実施	各プロジェクトの実施	各プロジェクトの実施	t	8-2.1	t	t	000_206d5557473b3492.txt	384
f2a8a75f-ccc6-46fd-aba8-4c7b00000238	a2eace15-13c8-4611-b0bc-ad035f30bb6d	194	9-2.2	9-2	9-2/1	9-2/1/2	せせせプロジェクトの実施	「せせせプロジェクト」により、障害者施設で製作される自主品牌の商品開発のアドバイスをはじめSNSやメディアの活用、イベント実施によるPR、ECサイトでの販路拡大等により、売上向上とそれによる利用者の工賃アップを進めます。またメディアと連携して福祉系産業の仕事の魅力をダイレクトに伝える冊子やwebコンテンツを展開し福祉人材確保につなげます。	事業PRと魅力ある商品開発の実践	事業PRと魅力ある商品開発の実践	事業PRと事業所の自立化	t	8-1.2	t	t	000_206d5557473b3492.txt	385
f2a8a75f-ccc6-46fd-aba8-4c7b00000239	a2eace15-13c8-4611-b0bc-ad035f30bb6d	195	9-2.3	9-2	9-2/1	9-2/1/3	区内事業者間の交流支援	新たな産業活性化拠点に整備予定のコワーキングスペースにおいて、インキュベーションマネージャー等の専門人材を通じて、相談、ビジネスマッチング、伴走支援を実施し、事業者間の交流を促進します。	施設運営開始に向けた施設整備、コンテンツの検討	ビジネスマッチングの実施	ビジネスマッチングの実施	t	2-4.5	t	t	000_206d5557473b3492.txt	393
f2a8a75f-ccc6-46fd-aba8-4c7b0000023a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	196	10-1.1	10-1	10-1/1	10-1/1/1	せたがやPay事業による継続的な消費の喚起	世田谷区商店街振興組合連合会が実施するデジタル地域通貨「せたがやPay」の運営を支援し、中小個店デジタルプラットフォームとして区内中小個店や商店街の稼ぐ力を下支えする基盤として整備することで、地域経済の活性化(中小個店支援)や電子決済定着による産業効率化(地域産業DX)等を推進し、もって地域経済の循環を図ります。	せたがやPay事業補助の実施	せたがやPay事業補助の実施	せたがやPay事業補助の実施	f	\N	t	t	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b0000023b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	197	10-1.2	10-1	10-1/2	10-1/2/1		区民へ向けて各種広報媒体を活用した啓発や講座の実施、消費者安全確保地域協議会の運営などにより、消費者の安心安全の確保と消費行動の影響についての意識向上の推進を行います。消費者からの相談に対しては、安心安全の確保に向け、適切な助言、情報提供、あっせん等によるサポートを行うとともに、必要に応じた事業者調査、指導等を実施します。	区民に向けた啓発の実施 消費者安全確保地域協議会の運営 消費生活相談の実施 事業者調査、指導等の実施	区民に向けた啓発の実施 消費者安全確保地域協議会の運営 消費生活相談の実施 事業者調査、指導等の実施	区民に向けた啓発の実施 消費者安全確保地域協議会の運営 消費生活相談の実施 事業者調査、指導等の実施	f	\N	t	f	000_206d5557473b3492.txt	402
f2a8a75f-ccc6-46fd-aba8-4c7b0000023c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	198	10-1.3	10-1	10-1/3	10-1/3/1	地域連携型商店街事業の実施・拡充	商店街のイベントなどをサポートする地域人材を掘り起こすとともに、地域の町会・自治会やNPOなど協働した商店街事業を実施するなど、地域住民の参加を促しています。	地域連携型商店街事業補助の実施	地域連携型商店街事業補助の実施	地域連携型商店街事業補助の実施	t	1-1.8	f	f	000_206d5557473b3492.txt	403
f2a8a75f-ccc6-46fd-aba8-4c7b0000023d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	199	10-1.4	10-1	10-1/3	10-1/3/2		商店街や個店の魅力を発信する「まちゼミ・まちバル」や、世田谷区商店街連合会が実施する、個店の魅力を掘り起こす「個店グランプリ」などの開催を通じて、広く商店街や個店の魅力をPRしていきます。	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	①まちゼミ・まちバル事業補助の実施 ②個店グランプリの広報支援	t	1-1.4	f	f	000_206d5557473b3492.txt	404
f2a8a75f-ccc6-46fd-aba8-4c7b0000023e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	200	10-1.5	10-1	10-1/4	10-1/4/1	エリアリノベーションの実施	商店街を含む地域エリア全体の「稼ぐ力」の向上や魅力の再創出等を目的として、地域の人材を掘り起こし、核となる店舗誘致や遊休資産などの地域資源を活かすことで新たな需要を取り込み、もって地域経済の循環を図ります。	モデル地域におけるリノベーションスクール・勉強会等の実施	モデル地域における創業、新規事業実施に係る支援	モデル地域事例の横展開	t	1-1.3	t	f	000_206d5557473b3492.txt	405
f2a8a75f-ccc6-46fd-aba8-4c7b0000023f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	201	10-1.6	10-1	10-1/5	10-1/5/1	まちなか観光交流協会への理解と参画の促進	PRや魅力発信などを通じて、世田谷まちなか観光交流協会への理解と参画を促します。	協会PR、参画への機運醸成	協会PR、参画への機運醸成	協会PR、参画への機運醸成	f	\N	t	t	000_206d5557473b3492.txt	406
f2a8a75f-ccc6-46fd-aba8-4c7b00000240	a2eace15-13c8-4611-b0bc-ad035f30bb6d	202	10-1.7	10-1	10-1/5	10-1/5/2	まちなか観光交流協会の活動の活性化	世田谷まちなか観光交流協会を通じて会員間の関係が深化し、協会主催の事業展開や会員間の連携した取組みが活発な展開を後押しします。	協会会員の交流機会、協会事業の実施	協会会員の交流機会、協会事業の実施	協会会員の交流機会、協会事業の実施	f	\N	t	t	000_206d5557473b3492.txt	407
f2a8a75f-ccc6-46fd-aba8-4c7b00000241	a2eace15-13c8-4611-b0bc-ad035f30bb6d	203	10-2.1	10-2	10-2/1	10-2/1/1		まちなか観光推進の基盤となる人流データの収集・分析を行います。	データの収集	データの収集・分析	データの収集・分析	f	\N	f	f	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b00000242	a2eace15-13c8-4611-b0bc-ad035f30bb6d	204	10-2.2	10-2	10-2/1	10-2/1/2	まちなか観光交流協会への理解と参画の促進					t	10-1.6	t	t	000_206d5557473b3492.txt	414
f2a8a75f-ccc6-46fd-aba8-4c7b00000243	a2eace15-13c8-4611-b0bc-ad035f30bb6d	205	10-2.3	10-2	10-2/2	10-2/2/1		世田谷区版団柄入りナンバープレートを通じて世田谷ブランドの普及・向上を図り、区民の一体感や地域に対する愛着心の醸成、さらには観光振興や産業活性化の一助とします。	啓発活動の実施	啓発活動の実施、普及状況に応じた対応	啓発活動の実施、普及状況に応じた対応	f	\N	t	t	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b00000244	a2eace15-13c8-4611-b0bc-ad035f30bb6d	206	10-2.4	10-2	10-2/2	10-2/2/2		川場村等他自治体との交流・連携を進め、相互に自治体の魅力PRや地元特産品の販売ブースの出店等を行うことにより、まちの賑わいの創出、交流人口を増やし、地域活性化を図ります。	交流自治体への販売機会の提供	交流自治体への販売機会の提供	交流自治体への販売機会の提供	f	\N	t	t	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b00000245	a2eace15-13c8-4611-b0bc-ad035f30bb6d	207	10-2.5	10-2	10-2/2	10-2/2/3						f	\N	f	f	000_206d5557473b3492.txt	415
f2a8a75f-ccc6-46fd-aba8-4c7b00000246	a2eace15-13c8-4611-b0bc-ad035f30bb6d	208	10-3.1	10-3	10-3/1	10-3/1/1	ふるさと納税	世田谷で生まれ、全国的に知られるようになったモノ、コトを、ふるさと納税を通して体験してもらい、世田谷の魅力を発信し、世田谷を訪れてもらうことをねらいとします。人々が出会い、新たな関係性をつくりだすローカルな取組みとして展開します。	新たな返礼品拡充に向けての内容充実、事業PRの展開	新たな返礼品拡充に向けての内容充実、事業PRの展開	新たな返礼品拡充に向けての内容充実、事業PRの展開	f	\N	f	f	000_206d5557473b3492.txt	422
f2a8a75f-ccc6-46fd-aba8-4c7b00000247	a2eace15-13c8-4611-b0bc-ad035f30bb6d	209	10-3.2	10-3	10-3/2	10-3/2/1		世田谷みやげのブランディングとPRを強化し、その魅力を国内外に発信するとともに、イベントへの出店や体験、ふるさと納税返礼品としての活用等を図ります。	20周年記念事業の実施、世田谷みやげの指定内容充実、情報発信、出店機会の提供	世田谷みやげの指定内容充実、情報発信、出店機会の提供	世田谷みやげの指定内容充実、情報発信、出店機会の提供	t	10-2.5	f	f	000_206d5557473b3492.txt	424
f2a8a75f-ccc6-46fd-aba8-4c7b00000248	a2eace15-13c8-4611-b0bc-ad035f30bb6d	210	10-3.3	10-3	10-3/2	10-3/2/2		桜新町に居住されている方と町工場や事業所との交流イベントを実施し、昔ながらのものづくりの街であり、世田谷区最大の準工業地域である桜新町の魅力を知つてもらう機会を創出します。	魅力発見ツアーの実施	魅力発見ツアーの実施	魅力発見ツアーの実施	f	\N	t	f	000_206d5557473b3492.txt	427
f2a8a75f-ccc6-46fd-aba8-4c7b00000249	a2eace15-13c8-4611-b0bc-ad035f30bb6d	211	10-3.4	10-3	10-3/2	10-3/2/3		区内産農産物について、飲食店への販売方法の検討やビジネスプランコンテスト開催による加工品等の新商品の開発支援、地域ブランドとしての「せたがやそだち」を活用した差別化、高付加価値化の取組みを推進します。さらに、区内産農産物の販路拡大に向けて区内JAや農業団体の意向等も踏まえて検討を進めています。	各種取組み事業の実施(継続)	各種取組み事業の実施(継続)	各種取組み事業の実施(継続)	t	1-3.10	f	f	000_206d5557473b3492.txt	430
f2a8a75f-ccc6-46fd-aba8-4c7b0000024a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	212	10-3.5	10-3	10-3/3	10-3/3/1		世田谷区商店街振興組合連合会が実施するデジタル地域通貨「せたがやPay」の運営を支援し、中小個店デジタルプラットフォームとして区内中小個店や商店街の魅力を発信し、消費者を誘引する基盤として整備することで、地域密着、地元志向、地域への愛着の向上を図ります。	せたがやPay事業補助の実施	せたがやPay事業補助の実施	せたがやPay事業補助の実施	t	1-1.1	t	t	000_206d5557473b3492.txt	433
f2a8a75f-ccc6-46fd-aba8-4c7b0000024b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	213	10-3.6	10-3	10-3/3	10-3/3/2		世田谷区版図柄入りナンバープレートを通して世田谷ブランドの普及・向上を図り、区民の一体感や地域に対する愛着心の醸成、さらには観光振興や産業活性化の一助とします。	啓発活動の実施	啓発活動の実施、普及状況に応じた対応	啓発活動の実施、普及状況に応じた対応	t	10-2.3	f	f	000_206d5557473b3492.txt	435
f2a8a75f-ccc6-46fd-aba8-4c7b0000024c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	214	11-1.1	11-1	11-1/1	11-1/1/1	消費生活センターなどによる啓発等の実施	各種広報媒体を活用した啓発や講座を実施して区民へ向けた普及・啓発を進め、持続可能な消費者行動であるエシカル消費の推進を図ります。	区民へ向けた普及・啓発の実施	区民へ向けた普及・啓発の実施	区民へ向けた普及・啓発の実施	f	\N	t	t	000_206d5557473b3492.txt	437
f2a8a75f-ccc6-46fd-aba8-4c7b0000024d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	215	11-1.2	11-1	11-1/1	11-1/1/2		区内産農産物について、飲食店への販売方法の検討やビジネスプランコンテスト開催による加工品等の新商品の開発支援、地域ブランドとしての「せたがやそだち」を活用した差別化、高付加価値化の取組みを推進します。さらに、区内産農産物の販路拡大に向けて区内JAや農業団体の意向等も踏まえて検討を進め、区民の地産地消やエシカルに関する意識や理解の促進を推進します。	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	t	1-3.10	f	f	000_206d5557473b3492.txt	444
f2a8a75f-ccc6-46fd-aba8-4c7b0000024e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	216	11-1.3	11-1	11-1/2	11-1/2/1	子ども向けの啓発チラシを活用した学習機会の提供	エシカルを身近に感じることができ、実践できる場の提供や機会を創出して区民へ向けた普及・啓発を進め、持続可能な消費者行動であるエシカル消費の推進を図ります。	場の提供や機会の創出	場の提供や機会の創出	場の提供や機会の創出	f	\N	t	t	000_206d5557473b3492.txt	445
f2a8a75f-ccc6-46fd-aba8-4c7b0000024f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	217	11-1.4	11-1	11-1/2	11-1/2/2		区内で生産された農産物の地産地消を推進することにより、農産物の運搬エネルギー削減への寄与を図ることをねらいに、品評会や農業祭などのイベントを活用して「せたがやそだち」の販売促進につなげていく。	品評会・農業祭(分会場合む)での世田谷産農産物販売(継続)	品評会・農業祭(分会場合む)での世田谷産農産物販売(継続)	品評会・農業祭(分会場合む)での世田谷産農産物販売(継続)	f	\N	f	f	000_206d5557473b3492.txt	446
f2a8a75f-ccc6-46fd-aba8-4c7b00000250	a2eace15-13c8-4611-b0bc-ad035f30bb6d	218	11-1.5	11-1	11-1/3	11-1/3/1		規格外野菜の販売や食品ロス削減などエシカル消費を実践する事業者を集めてイベントを開催する。来場者にエシカル消費を知つてもらい、行動促進につなげる。	イベント開催	イベント開催	イベント開催	f	\N	t	t	000_206d5557473b3492.txt	447
f2a8a75f-ccc6-46fd-aba8-4c7b00000251	a2eace15-13c8-4611-b0bc-ad035f30bb6d	219	11-1.6	11-1	11-1/3	11-1/3/2	消費生活センターなどによる啓発等の実施	各種広報媒体を活用した啓発や講座を実施して区民へ向けた普及・啓発を進め、持続可能な消費者行動であるエシカル消費の推進を図ります。	区民へ向けた普及・啓発の実施	区民へ向けた普及・啓発の実施	区民へ向けた普及・啓発の実施	t	11-1.1	f	f	000_206d5557473b3492.txt	448
f2a8a75f-ccc6-46fd-aba8-4c7b00000252	a2eace15-13c8-4611-b0bc-ad035f30bb6d	220	11-2.1	11-2	11-2/1	11-2/1/1	エシカル消費に賛同する事業者に対して、「賛同事業者ステッカー」の配布等の実施	エシカル消費賛同事業者の募集を行い、事業者のエシカルに関する意識や理解の促進を図ります。	賛同事業者の募集	賛同事業者の募集	賛同事業者の募集	f	\N	f	f	000_206d5557473b3492.txt	449
f2a8a75f-ccc6-46fd-aba8-4c7b00000253	a2eace15-13c8-4611-b0bc-ad035f30bb6d	221	11-2.2	11-2	11-2/1	11-2/1/2			食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	f	\N	f	f	000_206d5557473b3492.txt	450
f2a8a75f-ccc6-46fd-aba8-4c7b00000254	a2eace15-13c8-4611-b0bc-ad035f30bb6d	222	11-2.3	11-2	11-2/1	11-2/1/3			新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	t	1-3.10	f	f	000_206d5557473b3492.txt	451
f2a8a75f-ccc6-46fd-aba8-4c7b00000255	a2eace15-13c8-4611-b0bc-ad035f30bb6d	223	11-3.1	11-3	11-3/1	11-3/1/1	エシカル消費賛同事業者によるカンファレンスの実施	エシカル消費賛同事業者を繋ぐ取り組みを行い、事業者がエシカルを取り入れ実践する契機とエシカル意識の醸成を図ります。	カンファレンスの実施に向けた検討	カンファレンスの実施	カンファレンスの実施	f	\N	t	t	000_206d5557473b3492.txt	458
f2a8a75f-ccc6-46fd-aba8-4c7b00000256	a2eace15-13c8-4611-b0bc-ad035f30bb6d	224	11-3.2	11-3	11-3/1	11-3/1/2		事業者に食品ロス(規格外農産物なども含む)の状況とその削減の必要性について理解を推進し、食品ロス削減や分別の徹底を促すとともに、事業者のエシカル普及啓発に取り組みます。また、拡大生産者責任の考え方のもと、廃棄物の発生や排出抑制のための普及啓発を推進します。	食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	食品ロスや廃棄物の削減、フェアトレードなどに関する情報発信・普及啓発	t	11-2.2	f	f	000_206d5557473b3492.txt	459
f2a8a75f-ccc6-46fd-aba8-4c7b00000257	a2eace15-13c8-4611-b0bc-ad035f30bb6d	225	11-3.3	11-3	11-3/1	11-3/1/3		区内産農産物について、飲食店への販売方法の検討やビジネスプランコンテスト開催による加工品等の新商品の開発支援、地域ブランドとしての「せたがやそだち」を活用した差別化、高付加価値化の取組みを推進します。さらに、区内産農産物の販路拡大に向けて区内JAや農業団体の意向等も踏まえて検討を進めています。	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	新たな加工品開発、せたがやそだち使用店登録(継続)	t	1-3.10	f	f	000_206d5557473b3492.txt	460
f2a8a75f-ccc6-46fd-aba8-4c7b00000258	a2eace15-13c8-4611-b0bc-ad035f30bb6d	226	11-3.4	11-3	11-3/2	11-3/2/1		規格外野菜の販売や食品ロス削減などエシカル消費を実践する事業者を集めてイベントを開催する。来場者にエシカル消費を知つてもらい、行動促進につなげる。	イベント開催	イベント開催	イベント開催	t	11-1.5	t	t	000_206d5557473b3492.txt	461
f2a8a75f-ccc6-46fd-aba8-4c7b00000259	a2eace15-13c8-4611-b0bc-ad035f30bb6d	227	11-3.5	11-3	11-3/3	11-3/3/1	脱炭素等環境に関する情報発信	脱炭素など環境意識等に関する情報発信や普及啓発を行い、事業者の環境意識の向上を図ります。	脱炭素など産業分野における環境に関する情報発信の開始	脱炭素など産業分野における環境に関する情報発信の拡充	脱炭素など産業分野における環境に関する情報発信の拡充	f	\N	t	t	000_206d5557473b3492.txt	462
f2a8a75f-ccc6-46fd-aba8-4c7b0000025a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	228	11-3.6	11-3	11-3/3	11-3/3/2		世田谷区産業振興公社と連携し、環境に配慮した取組みを推進する事業者の認証取得等を支援します。	企業における環境に配慮した取組みを推進するための支援の実施	企業における環境に配慮した取組みを推進するための支援の実施	企業における環境に配慮した取組みを推進するための支援の実施	f	\N	f	f	000_206d5557473b3492.txt	463
f2a8a75f-ccc6-46fd-aba8-4c7b0000025b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	229	11-3.7	11-3	11-3/3	11-3/3/3		区内中小事業者等の生産性向上に資する設備投資や製品購入、効率化や省エネ性能の高い設備や製品等経費の一部を補助します。	補助事業の構築	補助事業の実施	補助事業の実施	t	2-2.3	t	f	000_206d5557473b3492.txt	464
f2a8a75f-ccc6-46fd-aba8-4c7b0000025c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	230	11-3.8	11-3	11-3/3	11-3/3/4	事業者向けSDGsセミナーの実施	事業者向けのSDGsセミナーを実施し、SDGs経営等の理解促進を図り、事業者の持続可能な経営を後押しします。	セミナー実施に向けた準備、セミナー開催	セミナー開催	セミナー開催	f	\N	f	f	000_206d5557473b3492.txt	465
f2a8a75f-ccc6-46fd-aba8-4c7b0000025d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	231	11-3.9	11-3	11-3/4	11-3/4/1	アクセラレータープログラムの実施	新たな産業活性化拠点整備事業において、アクセラレータープログラムの実施や事業スペースの提供、専門人材によるサポート、他企業との交流・連携などを通じて、環境関連事業者の育成にも取り組みます。	施設運営開始に向けた施設整備、コンテンツの検討	アクセラレータープログラム等の実施	アクセラレータープログラム等の実施	t	4-1.10	t	t	000_206d5557473b3492.txt	473
\.


--
-- Data for Name: plans; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.plans (id, slug, title, municipality, first_year, last_year, version, imported_at) FROM stdin;
a2eace15-13c8-4611-b0bc-ad035f30bb6d	setagaya	世田谷区地域経済発展ビジョンアクションプラン	世田谷区	R6	R9	1	2026-12-01 19:17:34.951877+00
\.


--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.policies (id, plan_id, "position", number, title, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b00000001	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1	区内産業が活性化し、活力ある世田谷区の実現に向けた基盤強化を図る	000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b00000002	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	2	誰もが自己の個性及び能力を發揮することができることで、働きやすい環境を整備し、起業の促進及び多様な働き方の実現を図る	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b00000003	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	3	地域及び社会の課題の解決に向けてソーシャルビジネスの推進を図る	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b00000004	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	4	地域経済の活性化や賑わいが生まれる世田谷区	000_206d5557473b3492.txt	401
\.


--
-- Data for Name: project_assignments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.project_assignments (id, plan_slug, project_key, department_id, lead) FROM stdin;
8ccf97c3-3c1f-4399-93f3-4fa81c2c45b1	setagaya	1-1.1	14b57b2e-90ad-4507-90b8-2987739cb6b2	t
294fa0e9-ff4e-4a92-a37b-aee6c701321c	setagaya	1-1.3	14b57b2e-90ad-4507-90b8-2987739cb6b2	t
33b605a3-edda-47c4-bb1d-88be3ea46562	setagaya	2-1.2	efbfda02-d330-4033-8738-6c8ef5bab1c7	t
\.


--
-- Data for Name: self_evaluations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.self_evaluations (id, plan_slug, project_key, fiscal_year, text, direction, milestones, entered_by, entered_at, version) FROM stdin;
05b8adbe-2c17-41ab-80fa-0f4a788e4171	setagaya	1-1.3	R7	モデル地域で勉強会を4回開催した	改善・継続	[{"comment":"予定どおり","status":"達成","year":"R6"},{"comment":"","year":"R9"},{"comment":"","year":"R13"}]	shogyo1	2026-12-01 19:17:40.270144+00	1
\.


--
-- Data for Name: submissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.submissions (id, plan_slug, department_id, fiscal_year, state, comment, updated_by, updated_at) FROM stdin;
d7e5c943-8912-4520-b674-3a15c0471645	setagaya	14b57b2e-90ad-4507-90b8-2987739cb6b2	R6	published		office1	2026-12-01 19:17:37.837239+00
7508c7a7-dc39-4bd7-a818-ec41cf97ff7a	setagaya	efbfda02-d330-4033-8738-6c8ef5bab1c7	R6	returned	相談件数の内訳を備考に書いてください	office1	2026-12-01 19:17:38.1823+00
\.


--
-- Data for Name: target_revisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.target_revisions (id, plan_slug, indicator_key, fiscal_year, value, decided_on, reason, entered_by, entered_at) FROM stdin;
e681bdbf-e64e-499f-bbc6-1948c7b45cb6	setagaya	2-1.2.1	R8	720	2026-04-01	中間見直しで上方修正	office1	2026-12-01 19:17:38.360471+00
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, name, password_hash, role, department_id, active, created_at, plan_slug) FROM stdin;
e348afae-e149-47ed-91b5-2232b19cd041	office1	$2b$12$fyuuz.2tHqkj2Pvni87Xwe8DVOFjpFql0lET1AqzGflI8fMwqfWoy	office	\N	t	2026-12-01 19:17:35.654412+00	setagaya
e4b04346-ee9d-4d85-80b0-defd725fb27c	shogyo1	$2b$12$SJRF4E.nO86QfE1nOr3FHOJUu/.ENY2VhJeqslzjVaQ/9r2LknRqe	department	14b57b2e-90ad-4507-90b8-2987739cb6b2	t	2026-12-01 19:17:36.070156+00	setagaya
95800a10-cf16-4fc1-ac18-e2e0a589fdd8	giin1	$2b$12$Y4dhVX7GbwoEzYzYk/bqbe3r7RBoc5weMyKo10IVhA17TFNGo0KpO	reviewer	\N	t	2026-12-01 19:17:36.487142+00	setagaya
\.


--
-- Data for Name: vision_chart_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.vision_chart_items (id, plan_id, "position", kind, heading, text, plan_vision, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b000003b9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	背景	地域経済循環	生産増減率は微増。	\N	004_b3455a03aab0cd9e.txt	128
f2a8a75f-ccc6-46fd-aba8-4c7b000003ba	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	背景	地域経済循環	民間消費は地域外へ流出傾向。	\N	004_b3455a03aab0cd9e.txt	128
f2a8a75f-ccc6-46fd-aba8-4c7b000003bb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	背景	既存産業の状況	区内主要産業の事業所数・付加価値・商業拠点年間商品販売額等が減少傾向。	\N	004_b3455a03aab0cd9e.txt	132
f2a8a75f-ccc6-46fd-aba8-4c7b000003bc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	背景	既存産業の状況	自宅周辺商店街の利用率低下。	\N	004_b3455a03aab0cd9e.txt	132
f2a8a75f-ccc6-46fd-aba8-4c7b000003bd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	背景	事業者の抱える課題	営業・販路開拓や人材育成等に課題感。	\N	004_b3455a03aab0cd9e.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000003be	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	背景	事業者の抱える課題	DXやIT、SDGs等への対応は遅れ気味。	\N	004_b3455a03aab0cd9e.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000003bf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	背景	事業者の抱える課題	仕入単価の上昇。	\N	004_b3455a03aab0cd9e.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000003c0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	背景	事業者の抱える課題	人件費含めた経費の増加。	\N	004_b3455a03aab0cd9e.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000003c1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	背景	事業者の抱える課題	従業員の確保難。	\N	004_b3455a03aab0cd9e.txt	138
f2a8a75f-ccc6-46fd-aba8-4c7b000003c2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	背景	倒産件数の増加	東京都内の起業倒産件数が増加傾向。	\N	004_b3455a03aab0cd9e.txt	147
f2a8a75f-ccc6-46fd-aba8-4c7b000003c3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	背景	倒産件数の増加	不況型倒産が約9割。	\N	004_b3455a03aab0cd9e.txt	147
f2a8a75f-ccc6-46fd-aba8-4c7b000003c4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	11	背景	雇用力	飲食業、医療業、飲食料品小売業、社会保険・社会福祉・介護事業などの雇用力が高い。	\N	004_b3455a03aab0cd9e.txt	151
f2a8a75f-ccc6-46fd-aba8-4c7b000003c5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	12	目指す姿	4	意欲や思いのある人や事業者が積極的にチャレンジできる世田谷区	4	004_b3455a03aab0cd9e.txt	157
f2a8a75f-ccc6-46fd-aba8-4c7b000003c6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	13	目指す姿		地域の事業者が安心して継続的に事業を営むことができる世田谷区	2	004_b3455a03aab0cd9e.txt	161
f2a8a75f-ccc6-46fd-aba8-4c7b000003c7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	14	目指す姿		区民生活を支える産業が引き継がれていく世田谷区	3	004_b3455a03aab0cd9e.txt	165
f2a8a75f-ccc6-46fd-aba8-4c7b000003c8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	15	目指す姿		企業・事業者が定着し成長する世田谷区	1	004_b3455a03aab0cd9e.txt	168
f2a8a75f-ccc6-46fd-aba8-4c7b000003c9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	16	戦略	1	区民生活を支える多様な地域産業の持続性の確保に向けた基盤強化を図る	\N	004_b3455a03aab0cd9e.txt	156
f2a8a75f-ccc6-46fd-aba8-4c7b000003ca	a2eace15-13c8-4611-b0bc-ad035f30bb6d	17	戦術		継続的な事業経営に資する最低限のセーフティネットの充実や、経営相談等の相談機会や場の拡充を図る	\N	004_b3455a03aab0cd9e.txt	4
f2a8a75f-ccc6-46fd-aba8-4c7b000003cb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	18	戦術		事業経営に関する多様な相談に対応可能な相談窓口の充実や、 融資あっせん制度等のセーフティネットの拡充	\N	004_b3455a03aab0cd9e.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b000003cc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	19	戦術		生産性向上や付加価値の拡大等に資する技術やツールの導入にアクセスしやすい環境の構築	\N	004_b3455a03aab0cd9e.txt	12
f2a8a75f-ccc6-46fd-aba8-4c7b000003cd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	20	戦術		ＡIやロボット、ＩoＴなど新たな産業技術の活用に関する知識を得ることができるセミナーや機会の充実	\N	004_b3455a03aab0cd9e.txt	16
f2a8a75f-ccc6-46fd-aba8-4c7b000003ce	a2eace15-13c8-4611-b0bc-ad035f30bb6d	21	戦術		新たな技術やスキルに詳しい人材の確保や助言を得られる仕組みの構築	\N	004_b3455a03aab0cd9e.txt	20
f2a8a75f-ccc6-46fd-aba8-4c7b000003cf	a2eace15-13c8-4611-b0bc-ad035f30bb6d	22	戦術		異業種間の交流や情報交換等により、新たなアイデアや協業等が生まれやすい仕組みや環境の構築を図る	\N	004_b3455a03aab0cd9e.txt	23
f2a8a75f-ccc6-46fd-aba8-4c7b000003d0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	23	戦術		地域を牽引する若手リーダー等地域人材の育成と支援体制の構築を図る	\N	004_b3455a03aab0cd9e.txt	27
f2a8a75f-ccc6-46fd-aba8-4c7b000003d1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	24	戦術		地域活性化に貢献意欲のある若手リーダーの知見の共有や交流が出来る体制を構築する	\N	004_b3455a03aab0cd9e.txt	30
f2a8a75f-ccc6-46fd-aba8-4c7b000003d2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	25	戦術		地域で公共的役割を担う産業団体等組織の活性化を図る	\N	004_b3455a03aab0cd9e.txt	34
f2a8a75f-ccc6-46fd-aba8-4c7b000003d3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	26	戦術		公共的役割を担う産業組織等に関する理解の促進を支援する	\N	004_b3455a03aab0cd9e.txt	37
f2a8a75f-ccc6-46fd-aba8-4c7b000003d4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	27	戦術		事業運営に必要な従業員を安定的に確保することができる環境を整備・構築する	\N	004_b3455a03aab0cd9e.txt	40
f2a8a75f-ccc6-46fd-aba8-4c7b000003d5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	28	戦術		就労に関するカウンセリング相談や職業紹介、就労支援セミナーの実施など、人材募集の手法や人材確保策の充実・拡充を図る	\N	004_b3455a03aab0cd9e.txt	43
f2a8a75f-ccc6-46fd-aba8-4c7b000003d6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	29	戦術		人材採用や技術継承に関心がある事業者間での情報交換や異業種間交流の機会を増やす	\N	004_b3455a03aab0cd9e.txt	47
f2a8a75f-ccc6-46fd-aba8-4c7b000003d7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	30	戦術		新しい技術に触れることができたり、使いこなすことができる人材を確保・育成することができる機会や環境を構築する	\N	004_b3455a03aab0cd9e.txt	51
f2a8a75f-ccc6-46fd-aba8-4c7b000003d8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	31	戦術		事業承継や廃業予定に当たり、後継者や新たな担い手が見つかり、円滑に事業が継承される環境を構築する	\N	004_b3455a03aab0cd9e.txt	55
f2a8a75f-ccc6-46fd-aba8-4c7b000003d9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	32	戦術		経営者や事業者が、事業の継続・発展に必要な知見やノウハウを獲得・共有できる状況を構築する	\N	004_b3455a03aab0cd9e.txt	59
f2a8a75f-ccc6-46fd-aba8-4c7b000003da	a2eace15-13c8-4611-b0bc-ad035f30bb6d	33	戦術		事業承継や廃業を想定する経営者や事業者に対して、実態に即した助言や相談ができる体制や環境を整備・構築する	\N	004_b3455a03aab0cd9e.txt	63
f2a8a75f-ccc6-46fd-aba8-4c7b000003db	a2eace15-13c8-4611-b0bc-ad035f30bb6d	34	戦術		地域で公共的役割を担う産業団体等組織の活性化を図る	\N	004_b3455a03aab0cd9e.txt	67
f2a8a75f-ccc6-46fd-aba8-4c7b000003dc	a2eace15-13c8-4611-b0bc-ad035f30bb6d	35	戦術		公共的役割を担う産業組織等に関する理解の促進を支援する	\N	004_b3455a03aab0cd9e.txt	70
f2a8a75f-ccc6-46fd-aba8-4c7b000003dd	a2eace15-13c8-4611-b0bc-ad035f30bb6d	36	戦術		地域で、地域の企業の価値や情報を共有するができる顔の見える関係を構築する	\N	004_b3455a03aab0cd9e.txt	73
f2a8a75f-ccc6-46fd-aba8-4c7b000003de	a2eace15-13c8-4611-b0bc-ad035f30bb6d	37	戦術		事業を継承しチャレンジしようとする人がその魅力にアクセスできる機会や場の構築	\N	004_b3455a03aab0cd9e.txt	76
f2a8a75f-ccc6-46fd-aba8-4c7b000003df	a2eace15-13c8-4611-b0bc-ad035f30bb6d	38	戦術		地域を牽引する若手リーダー等地域人材の育成と支援体制の構築を図る	\N	004_b3455a03aab0cd9e.txt	79
f2a8a75f-ccc6-46fd-aba8-4c7b000003e0	a2eace15-13c8-4611-b0bc-ad035f30bb6d	39	戦術		地域活性化に貢献意欲のある若手リーダーの知見の共有や交流が出来る体制を構築する	\N	004_b3455a03aab0cd9e.txt	82
f2a8a75f-ccc6-46fd-aba8-4c7b000003e1	a2eace15-13c8-4611-b0bc-ad035f30bb6d	40	戦術		産業や事業を営む立地環境が維持され、周辺の理解が得られる状況を構築する	\N	004_b3455a03aab0cd9e.txt	86
f2a8a75f-ccc6-46fd-aba8-4c7b000003e2	a2eace15-13c8-4611-b0bc-ad035f30bb6d	41	戦術		準工業地域の維持・保全など、事業を営む上で必要となる立地環境の維持や理解の促進を図る	\N	004_b3455a03aab0cd9e.txt	89
f2a8a75f-ccc6-46fd-aba8-4c7b000003e3	a2eace15-13c8-4611-b0bc-ad035f30bb6d	42	戦術		空き店舗等、区内のリソースにアクセスしやすい環境を構築する	\N	004_b3455a03aab0cd9e.txt	93
f2a8a75f-ccc6-46fd-aba8-4c7b000003e4	a2eace15-13c8-4611-b0bc-ad035f30bb6d	43	戦術		地域の企業との協業や受発注など、連携等が円滑に図られる仕組みや機会の構築	\N	004_b3455a03aab0cd9e.txt	96
f2a8a75f-ccc6-46fd-aba8-4c7b000003e5	a2eace15-13c8-4611-b0bc-ad035f30bb6d	44	戦術		事業に新たな価値を付与してくれる人や事業者との交流の機会の構築や、成長に向けた相談等が円滑にできる環境を拡充・構築する	\N	004_b3455a03aab0cd9e.txt	99
f2a8a75f-ccc6-46fd-aba8-4c7b000003e6	a2eace15-13c8-4611-b0bc-ad035f30bb6d	45	戦術		事業者等の新たなチャレンジを後押しする環境や意欲が沸き起こるような場を構築する	\N	004_b3455a03aab0cd9e.txt	104
f2a8a75f-ccc6-46fd-aba8-4c7b000003e7	a2eace15-13c8-4611-b0bc-ad035f30bb6d	46	戦術		新たなチャレンジに向けて、専門家の助言等が得られる相談体制の構築	\N	004_b3455a03aab0cd9e.txt	108
f2a8a75f-ccc6-46fd-aba8-4c7b000003e8	a2eace15-13c8-4611-b0bc-ad035f30bb6d	47	戦術		アイデアを形や行動に移すことができる場や、実証・実験を行うことができる場の構築	\N	004_b3455a03aab0cd9e.txt	111
f2a8a75f-ccc6-46fd-aba8-4c7b000003e9	a2eace15-13c8-4611-b0bc-ad035f30bb6d	48	戦術		事業者間や異業種間の交流やノウハウの共有、起業家やクリエイターなど違いや付加価値を生み出そうとする事業者との交流の機会や場の構築	\N	004_b3455a03aab0cd9e.txt	115
f2a8a75f-ccc6-46fd-aba8-4c7b000003ea	a2eace15-13c8-4611-b0bc-ad035f30bb6d	49	戦術		挑戦する人と応援したい人が繋がる場や機会、ツールの検討	\N	004_b3455a03aab0cd9e.txt	120
f2a8a75f-ccc6-46fd-aba8-4c7b000003eb	a2eace15-13c8-4611-b0bc-ad035f30bb6d	50	戦術		販路拡大など新たな市場開拓等に励む事業者の取組を積極的に推進	\N	004_b3455a03aab0cd9e.txt	123
f2a8a75f-ccc6-46fd-aba8-4c7b000003ec	a2eace15-13c8-4611-b0bc-ad035f30bb6d	51	戦術		起業創業の積極的な促進（後掲）	\N	004_b3455a03aab0cd9e.txt	126
f2a8a75f-ccc6-46fd-aba8-4c7b000003ed	a2eace15-13c8-4611-b0bc-ad035f30bb6d	52	戦術		後掲	\N	004_b3455a03aab0cd9e.txt	126
f2a8a75f-ccc6-46fd-aba8-4c7b000003ee	a2eace15-13c8-4611-b0bc-ad035f30bb6d	53	戦術		事業者や起業・創業者等のビジネス環境の向上を図る	\N	004_b3455a03aab0cd9e.txt	171
\.


--
-- Data for Name: visions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.visions (id, plan_id, "position", number, policy_number, title, source_document, source_line) FROM stdin;
f2a8a75f-ccc6-46fd-aba8-4c7b00000005	a2eace15-13c8-4611-b0bc-ad035f30bb6d	0	1	1		000_206d5557473b3492.txt	8
f2a8a75f-ccc6-46fd-aba8-4c7b00000006	a2eace15-13c8-4611-b0bc-ad035f30bb6d	1	2	1	多様な事業者が安心して継続的に事業を営み成長できる世田谷区	000_206d5557473b3492.txt	81
f2a8a75f-ccc6-46fd-aba8-4c7b00000007	a2eace15-13c8-4611-b0bc-ad035f30bb6d	2	3	1	区民生活を支える産業が引き継がれていく世田谷区	000_206d5557473b3492.txt	176
f2a8a75f-ccc6-46fd-aba8-4c7b00000008	a2eace15-13c8-4611-b0bc-ad035f30bb6d	3	4	1	意欲や思いのある人・事業者が積極的にチャレンジできる世田谷区	000_206d5557473b3492.txt	204
f2a8a75f-ccc6-46fd-aba8-4c7b00000009	a2eace15-13c8-4611-b0bc-ad035f30bb6d	4	5	2	ライフスタイル等に応じた多様な働き方が選択できる世田谷区	000_206d5557473b3492.txt	260
f2a8a75f-ccc6-46fd-aba8-4c7b0000000a	a2eace15-13c8-4611-b0bc-ad035f30bb6d	5	6	2	心身ともに健康に働くことができる世田谷	000_206d5557473b3492.txt	288
f2a8a75f-ccc6-46fd-aba8-4c7b0000000b	a2eace15-13c8-4611-b0bc-ad035f30bb6d	6	7	2	アントレプレナーシップ(起業家精神)が發揮され、やすい世田谷区	000_206d5557473b3492.txt	321
f2a8a75f-ccc6-46fd-aba8-4c7b0000000c	a2eace15-13c8-4611-b0bc-ad035f30bb6d	7	8	3	地域及び社会課題解決への関心が高く参画しやすい世田谷区	000_206d5557473b3492.txt	364
f2a8a75f-ccc6-46fd-aba8-4c7b0000000d	a2eace15-13c8-4611-b0bc-ad035f30bb6d	8	9	3	地域及び社会課題解決の取組みが積極的に展開される世田谷区	000_206d5557473b3492.txt	378
f2a8a75f-ccc6-46fd-aba8-4c7b0000000e	a2eace15-13c8-4611-b0bc-ad035f30bb6d	9	10	4	地域経済の活性化や賑わいが生まれる世田谷区	000_206d5557473b3492.txt	401
f2a8a75f-ccc6-46fd-aba8-4c7b0000000f	a2eace15-13c8-4611-b0bc-ad035f30bb6d	10	11	4	エシカルが身近に存在する世田谷区	000_206d5557473b3492.txt	437
\.


--
-- Data for Name: year_locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.year_locks (id, plan_slug, fiscal_year, locked, updated_by, updated_at) FROM stdin;
1cd1f515-f4ff-4627-a9cb-9c99ac8b63e9	setagaya	R6	f	office1	2026-12-01 19:17:38.867849+00
\.


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: _fluent_sessions _fluent_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_sessions
    ADD CONSTRAINT _fluent_sessions_pkey PRIMARY KEY (id);


--
-- Name: actuals actuals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actuals
    ADD CONSTRAINT actuals_pkey PRIMARY KEY (id);


--
-- Name: audit_entries audit_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entries
    ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (id);


--
-- Name: data_stamp data_stamp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_stamp
    ADD CONSTRAINT data_stamp_pkey PRIMARY KEY (id);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (id);


--
-- Name: directions directions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directions
    ADD CONSTRAINT directions_pkey PRIMARY KEY (id);


--
-- Name: goals goals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.goals
    ADD CONSTRAINT goals_pkey PRIMARY KEY (id);


--
-- Name: grading_scales grading_scales_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grading_scales
    ADD CONSTRAINT grading_scales_pkey PRIMARY KEY (id);


--
-- Name: import_notes import_notes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_notes
    ADD CONSTRAINT import_notes_pkey PRIMARY KEY (id);


--
-- Name: indicators indicators_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicators
    ADD CONSTRAINT indicators_pkey PRIMARY KEY (id);


--
-- Name: measures measures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measures
    ADD CONSTRAINT measures_pkey PRIMARY KEY (id);


--
-- Name: placements placements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.placements
    ADD CONSTRAINT placements_pkey PRIMARY KEY (id);


--
-- Name: plans plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_pkey PRIMARY KEY (id);


--
-- Name: policies policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_pkey PRIMARY KEY (id);


--
-- Name: project_assignments project_assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_assignments
    ADD CONSTRAINT project_assignments_pkey PRIMARY KEY (id);


--
-- Name: self_evaluations self_evaluations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.self_evaluations
    ADD CONSTRAINT self_evaluations_pkey PRIMARY KEY (id);


--
-- Name: submissions submissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submissions
    ADD CONSTRAINT submissions_pkey PRIMARY KEY (id);


--
-- Name: target_revisions target_revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target_revisions
    ADD CONSTRAINT target_revisions_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: _fluent_sessions uq:_fluent_sessions.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_sessions
    ADD CONSTRAINT "uq:_fluent_sessions.key" UNIQUE (key);


--
-- Name: actuals uq:actuals.plan_slug+actuals.indicator_key+actuals.fiscal_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actuals
    ADD CONSTRAINT "uq:actuals.plan_slug+actuals.indicator_key+actuals.fiscal_year" UNIQUE (plan_slug, indicator_key, fiscal_year);


--
-- Name: departments uq:departments.plan_slug+departments.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT "uq:departments.plan_slug+departments.name" UNIQUE (plan_slug, name);


--
-- Name: goals uq:goals.plan_id+goals.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.goals
    ADD CONSTRAINT "uq:goals.plan_id+goals.code" UNIQUE (plan_id, code);


--
-- Name: grading_scales uq:grading_scales.plan_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grading_scales
    ADD CONSTRAINT "uq:grading_scales.plan_slug" UNIQUE (plan_slug);


--
-- Name: indicators uq:indicators.plan_id+indicators.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicators
    ADD CONSTRAINT "uq:indicators.plan_id+indicators.key" UNIQUE (plan_id, key);


--
-- Name: placements uq:placements.plan_id+placements.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.placements
    ADD CONSTRAINT "uq:placements.plan_id+placements.key" UNIQUE (plan_id, key);


--
-- Name: plans uq:plans.slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT "uq:plans.slug" UNIQUE (slug);


--
-- Name: project_assignments uq:project_assignments.plan_slug+project_assignments.project_ke; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_assignments
    ADD CONSTRAINT "uq:project_assignments.plan_slug+project_assignments.project_ke" UNIQUE (plan_slug, project_key, department_id);


--
-- Name: self_evaluations uq:self_evaluations.plan_slug+self_evaluations.project_key+self; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.self_evaluations
    ADD CONSTRAINT "uq:self_evaluations.plan_slug+self_evaluations.project_key+self" UNIQUE (plan_slug, project_key, fiscal_year);


--
-- Name: submissions uq:submissions.plan_slug+submissions.department_id+submissions.; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submissions
    ADD CONSTRAINT "uq:submissions.plan_slug+submissions.department_id+submissions." UNIQUE (plan_slug, department_id, fiscal_year);


--
-- Name: users uq:users.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "uq:users.name" UNIQUE (name);


--
-- Name: year_locks uq:year_locks.plan_slug+year_locks.fiscal_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.year_locks
    ADD CONSTRAINT "uq:year_locks.plan_slug+year_locks.fiscal_year" UNIQUE (plan_slug, fiscal_year);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: vision_chart_items vision_chart_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vision_chart_items
    ADD CONSTRAINT vision_chart_items_pkey PRIMARY KEY (id);


--
-- Name: visions visions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visions
    ADD CONSTRAINT visions_pkey PRIMARY KEY (id);


--
-- Name: year_locks year_locks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.year_locks
    ADD CONSTRAINT year_locks_pkey PRIMARY KEY (id);


--
-- Name: idx_directions_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_directions_plan ON public.directions USING btree (plan_id, "position");


--
-- Name: idx_goals_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_goals_plan ON public.goals USING btree (plan_id, "position");


--
-- Name: idx_import_notes_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_import_notes_plan ON public.import_notes USING btree (plan_id, "position");


--
-- Name: idx_indicators_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_indicators_plan ON public.indicators USING btree (plan_id, "position");


--
-- Name: idx_measures_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_measures_plan ON public.measures USING btree (plan_id, "position");


--
-- Name: idx_placements_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_placements_plan ON public.placements USING btree (plan_id, "position");


--
-- Name: idx_policies_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_policies_plan ON public.policies USING btree (plan_id, "position");


--
-- Name: idx_vision_chart_items_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_vision_chart_items_plan ON public.vision_chart_items USING btree (plan_id, "position");


--
-- Name: idx_visions_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_visions_plan ON public.visions USING btree (plan_id, "position");


--
-- Name: directions directions_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directions
    ADD CONSTRAINT directions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: goals goals_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.goals
    ADD CONSTRAINT goals_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: import_notes import_notes_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_notes
    ADD CONSTRAINT import_notes_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: indicators indicators_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicators
    ADD CONSTRAINT indicators_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: measures measures_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measures
    ADD CONSTRAINT measures_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: placements placements_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.placements
    ADD CONSTRAINT placements_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: policies policies_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: project_assignments project_assignments_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_assignments
    ADD CONSTRAINT project_assignments_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


--
-- Name: submissions submissions_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submissions
    ADD CONSTRAINT submissions_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


--
-- Name: users users_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


--
-- Name: vision_chart_items vision_chart_items_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vision_chart_items
    ADD CONSTRAINT vision_chart_items_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- Name: visions visions_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visions
    ADD CONSTRAINT visions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.plans(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict 2oly3jfDwhk1rufuKCeGOvzP7cEYR3usUZh9Ws58nnS2UoOga9Q0ZFVuXO5xz8b


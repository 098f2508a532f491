package org.reformreport.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Phrase banks for the monthly progress rows, in the register of the seeds' reform round-ups. */
final class ProgressTexts {

    /** The four text fields of a progress row. */
    record Fields(String progress, String results, String problems, String plans) {}

    private record Bank(
            List<String> progress,
            List<String> results,
            List<String> problems,
            List<String> plans,
            Map<String, String> partners) {}

    private static final String[] PLACES = {"兰州", "西安", "银川", "成都", "苏州", "宁波"};

    private static final Map<String, Bank> BANKS = Map.ofEntries(
            Map.entry(
                    "GG-2025-01",
                    new Bank(
                            List.of(
                                    "梳理第二批“一照通”涉企审批事项{n}项，与区市场监管局完成材料共享清单对接",
                                    "“一照通”综合窗口本月受理企业开办及关联许可{m}件，平均办理时限压缩至{d}个工作日",
                                    "上线“一照通”网上申报模块，实现营业执照与食品经营许可等{n}项证照“一表申请、一窗受理”",
                                    "联合区税务局推行新办企业“开办即开票”，本月为{n}户新办企业同步发放税务Ukey",
                                    "组建帮办代办队伍{n}人，上门服务重点项目企业{m}家",
                                    "开展“一照通”政策进园区、进商圈宣传，发放政策明白卡{x}份"),
                            List.of(
                                    "本月新增经营主体{m}户，企业开办“一日办结”率达{p}%",
                                    "申请材料平均精简{p}%，企业跑动次数由3次减少到1次", "窗口服务满意度测评达{p}%，未发生有效投诉"),
                            List.of("部分审批系统数据尚未完全打通，窗口人员仍需重复录入", "乡镇便民服务中心人员业务能力参差不齐，帮办代办覆盖面不够", "企业对“一照通”政策的知晓率还不够高"),
                            List.of(
                                    "推动第三批事项纳入“一照通”范围，建立事项目录动态调整机制",
                                    "加强与市级审批平台对接，力争实现证照信息自动归集",
                                    "开展窗口人员业务轮训，提升帮办代办服务水平"),
                            Map.of(
                                    "SCJGJ",
                                    "配合做好营业执照与关联许可并联审批，本月共享登记信息{m}条",
                                    "QSWJ",
                                    "为“一照通”新办企业提供税务登记、发票申领一次办结服务{n}户次"))),
            Map.entry(
                    "GG-2025-02",
                    new Bank(
                            List.of(
                                    "完成行政事业单位国有资产清查{n}家，建立“三资”台账{m}本",
                                    "对闲置低效国有房产、土地开展专项核查，摸排闲置资产{n}处",
                                    "通过公开招租盘活闲置门面房{n}间，实现租金收入{x}万元",
                                    "“三资”管理信息平台完成数据录入，实现资产动态监管",
                                    "会同市自然资源局平川分局对批而未供、供而未用土地逐宗制定处置方案"),
                            List.of("累计盘活闲置国有资产{n}处，实现收益{x}万元", "资产底数进一步摸清，账实相符率提升到{p}%"),
                            List.of("部分资产权属资料缺失，确权登记难度较大", "个别单位对资产处置政策把握不准，推进较慢"),
                            List.of("加快推进剩余闲置资产处置，完善“三资”管理长效机制", "开展“三资”管理专项督查，确保按期完成改革任务"),
                            Map.of("ZRZYFJ", "完成闲置土地现状调查{n}宗，配合做好不动产确权登记", "JKQ", "梳理园区闲置厂房{n}处，配合开展招租盘活"))),
            Map.entry(
                    "GG-2025-03",
                    new Bank(
                            List.of(
                                    "推行“管委会+公司”运营模式，园区招商服务公司完成组建并开始运营",
                                    "赴{place}开展小分队招商，对接企业{n}家，签约项目{d}个",
                                    "出台园区招商引资考核办法，实行招商人员绩效与落地项目挂钩",
                                    "开展“亩均论英雄”综合评价，完成园区{n}家规上企业分类评价",
                                    "建立重点招商项目“一项目一专班”推进机制，本月新开工项目{d}个"),
                            List.of("本月新签约项目{d}个，协议投资额{y}亿元", "园区新增入驻企业{d}家，到位资金{y}亿元"),
                            List.of("市场化招商人才不足，专业招商能力有待提升", "受市场环境影响，部分签约项目落地进度偏慢"),
                            List.of("继续开展产业链精准招商，推动签约项目尽快落地", "加快出台园区人员薪酬激励办法，推动改革任务全面收尾"),
                            Map.of("SWJ", "配合园区开展外出招商{d}次，提供招商项目信息{n}条", "JHJ", "做好在谈招商项目跟踪服务，协调解决项目落地问题{d}个"))),
            Map.entry(
                    "GG-2025-04",
                    new Bank(
                            List.of(
                                    "在{n}个社区推行“网格+调解”工作机制，本月调处矛盾纠纷{m}件",
                                    "组建“法律明白人”队伍，开展入户普法宣传{n}场次",
                                    "完善区综治中心“一站式”矛盾纠纷调处机制，实现“只进一扇门、最多跑一地”",
                                    "开展基层网格员业务培训{d}期，培训网格员{m}人次",
                                    "推进“三官一律”进网格，法官、检察官、警官和律师下沉网格开展服务{n}次"),
                            List.of("矛盾纠纷调处成功率达{p}%，信访总量同比下降", "基层群众安全感、满意度持续提升，本月未发生因矛盾纠纷引发的极端事件"),
                            List.of("部分网格员兼职事务过多，精力不足", "村（社区）调解员专业能力有待提高"),
                            List.of("持续深化“网格+调解”机制，推动矛盾纠纷就地化解", "开展网格化服务管理专项评估，健全网格员考核激励办法"),
                            Map.of("*", "在辖区{n}个村（社区）落实“网格+调解”机制，本月排查化解矛盾纠纷{m}件"))),
            Map.entry(
                    "GG-2025-05",
                    new Bank(
                            List.of(
                                    "落实轻微违法行为免罚清单，本月对{n}家市场主体适用“首违不罚”",
                                    "推行“综合查一次”联合检查，开展跨部门联合检查{d}次",
                                    "开展涉企行政执法案卷评查，抽查案卷{m}卷",
                                    "在{n}个重点行业推行信用分级分类监管"),
                            List.of("本月办理柔性执法案件{n}件，未发生行政复议被撤销案件", "涉企检查频次明显下降，企业获得感进一步增强"),
                            List.of("“双随机、一公开”监管平台与行业执法系统对接不畅", "部分执法人员对包容审慎监管理解不到位，尺度把握不统一"),
                            List.of("加快监管平台对接，扩大“综合查一次”覆盖行业", "组织执法人员开展专题培训，统一裁量尺度"),
                            Map.of("SFJ", "对免罚清单执行情况开展合法性审核，审核执法决定{n}件", "JTJ", "配合开展交通运输领域联合检查{d}次"))),
            Map.entry(
                    "GG-2025-06",
                    new Bank(
                            List.of(
                                    "推行“多测合一”“联合验收”，本月完成联合验收项目{d}个",
                                    "社会投资小型低风险项目审批全流程压缩至{n}个工作日",
                                    "推行施工图审查告知承诺制，办理告知承诺事项{n}件",
                                    "工程建设项目审批管理系统与省级平台完成数据对接"),
                            List.of("本月办结工程建设审批事项{m}件，平均办理时限较改革前压缩一半以上", "企业办理施工许可平均少跑{d}次"),
                            List.of("个别项目前期手续不全，影响审批效率", "部门间图纸、测绘成果共享还不够顺畅"),
                            List.of("推进工程建设项目全流程网上办理，深化“多测合一”改革", "加强对项目单位的帮办指导，提高一次性申报通过率"),
                            Map.of(
                                    "XZSPZX",
                                    "在政务大厅设置工程建设项目审批综合窗口，本月受理申报{m}件",
                                    "ZRZYFJ",
                                    "推行用地规划许可与工程规划许可“两证合办”，本月办理{d}件"))),
            Map.entry(
                    "GG-2026-01",
                    new Bank(
                            List.of(
                                    "完成政务服务事项标准化梳理{m}项，事项可网办率达{p}%",
                                    "推动{n}个部门业务系统接入甘肃政务服务网平川站点",
                                    "开展“一网通办”进社区活动，现场指导群众线上办事{m}人次",
                                    "建成区级政务数据共享交换平台，归集共享数据{x}万条"),
                            List.of("本月网上办件{m}件，“全程网办”比例达{p}%", "群众办事跑动次数明显减少，“掌上办”“指尖办”事项持续增加"),
                            List.of("部分部门业务系统为垂直管理系统，数据共享受限", "基层工作人员数字化应用能力还有短板"),
                            List.of("持续推进高频事项“一网通办”，扩大电子证照应用范围", "配合区数据局承接政务数据共享职能，做好工作衔接"),
                            Map.of(
                                    "XZSPZX",
                                    "推行政务服务事项“网上办、掌上办”，本月网办件{m}件",
                                    "SJJ",
                                    "区数据局本月挂牌成立，已完成政务数据资源目录初步梳理，承接政务数据共享职能"))),
            Map.entry(
                    "GG-2026-02",
                    new Bank(
                            List.of("改革试点实施方案已报市生态环境局审核，待批复后正式启动", "组织召开改革前期工作座谈会，明确各配合单位职责分工", "完成生态资源本底调查前期准备工作"),
                            List.of(),
                            List.of("试点方案尚未获批，生态产品价值核算技术力量不足"),
                            List.of("积极对接上级部门加快方案批复，同步开展生态资源本底调查"),
                            Map.of("ZRZYFJ", "提供林草、湿地资源数据，配合开展生态资源调查准备", "*", "摸排辖区林草、水域等生态资源底数，报送试点村名单"))),
            Map.entry(
                    "GG-2026-03",
                    new Bank(
                            List.of("与合作银行就“整村授信”实施方案进行多轮对接，合作协议尚未签订，改革尚未启动", "完成试点村农户信用信息采集前期摸底，等待合作银行审批授信方案"),
                            List.of(),
                            List.of("合作银行授信审批权限在市级分行，方案审批周期较长，改革启动滞后于计划"),
                            List.of("加强与合作银行对接，尽快签订合作协议并启动试点"),
                            Map.of("*", "配合摸排辖区农户信用信息，报送试点村名单"))),
            Map.entry(
                    "GG-2026-04",
                    new Bank(
                            List.of(
                                    "在{n}个社区建成“家门口”就业服务站，打造“15分钟就业服务圈”",
                                    "举办线上线下招聘会{d}场，达成就业意向{m}人",
                                    "开展创业担保贷款政策宣传，本月发放创业担保贷款{x}万元",
                                    "组织职业技能培训{d}期，培训城乡劳动力{m}人"),
                            List.of("本月城镇新增就业{m}人，农村劳动力转移就业{x}人次", "就业服务站求职登记、政策咨询、岗位推荐实现就近办理"),
                            List.of("灵活就业人员底数动态掌握还不够精准", "部分社区就业服务站专职人员不足"),
                            List.of("常态化开展“就业服务进社区”活动", "加强就业服务站工作人员培训，提升服务能力"),
                            Map.of("*", "辖区社区就业服务站运行正常，本月提供岗位信息{m}条，推荐就业{n}人"))),
            Map.entry(
                    "GG-2026-05",
                    new Bank(
                            List.of(
                                    "整合辖区文旅资源，编制文旅融合发展重点项目清单，入库项目{n}个",
                                    "策划举办“游平川”文旅推介活动，线上浏览量达{x}万人次",
                                    "推进非遗工坊建设，新认定非遗工坊{d}家",
                                    "开展文旅市场主体培育，新增旅游民宿{d}家"),
                            List.of("本月接待游客{n}万人次，旅游收入同比增长", "文旅融合项目储备进一步充实，乡村旅游热度持续提升"),
                            List.of("文旅项目投资主体少，融资渠道单一", "旅游配套服务设施还不完善"),
                            List.of("加快推进重点文旅项目建设，打造文旅融合精品线路", "办好冬季文旅推介活动，培育文旅消费新场景"),
                            Map.of("SWJ", "开展文旅消费促进活动，发放消费券{x}万元", "BJZ", "推进辖区乡村旅游点提升改造，完成村庄环境整治{n}处"))),
            Map.entry("GG-2026-06", new Bank(List.of("编制城乡交通运输一体化实施方案"), List.of(), List.of(), List.of(), Map.of())));

    private ProgressTexts() {}

    /** Text for the lead unit's row in a given status. */
    static Fields lead(String task, String status, Random r) {
        Bank bank = BANKS.get(task);
        switch (status) {
            case "已完成" -> {
                return new Fields(
                        completed(task, r),
                        fill(pick(bank.results(), r), r) + "，改革任务全面完成。",
                        "无",
                        "巩固改革成果，健全长效机制，做好改革经验总结推广。");
            }
            case "未启动" -> {
                return new Fields(
                        fill(pick(bank.progress(), r), r) + "。",
                        "",
                        pick(bank.problems(), r) + "。",
                        pick(bank.plans(), r) + "。");
            }
            case "滞后" -> {
                return new Fields(lagging(task, r), "", lagProblem(task) + "。", lagPlan(task) + "。");
            }
            default -> {
                return new Fields(
                        progress(bank, r),
                        fill(pick(bank.results(), r), r) + "。",
                        pick(bank.problems(), r) + "。",
                        fill(pick(bank.plans(), r), r) + "。");
            }
        }
    }

    /** Text for a participating unit's row: its own share of the task. */
    static Fields partner(String task, String unit, Random r) {
        Bank bank = BANKS.get(task);
        String part = bank.partners().getOrDefault(unit, bank.partners().get("*"));
        if (part == null) {
            part = "按照牵头单位安排完成本单位承担事项，及时报送工作进展";
        }
        return new Fields(fill(part, r) + "。", "", "", "继续配合牵头单位抓好改革任务落实。");
    }

    /** Past its planned month but still reported on schedule: the text shows why it drags on. */
    static Fields overdue(String task, Random r) {
        return new Fields(
                "园区招商服务公司已实体化运营，招商引资考核办法全面实行；人员薪酬激励制度改革仍在推进，本月赴" + PLACES[r.nextInt(PLACES.length)] + "开展小分队招商1次。",
                fill("本月新签约项目{d}个，协议投资额{y}亿元", r) + "。",
                "薪酬激励制度涉及编制、人事等政策，配套文件尚未出台，改革未能在计划时限内收尾。",
                "加快出台园区人员薪酬激励办法，力争年底前完成全部改革任务。");
    }

    private static String progress(Bank bank, Random r) {
        List<String> items = new ArrayList<>(bank.progress());
        if (items.size() >= 3 && r.nextDouble() < 0.35) {
            // A numbered list over several lines, as liaisons paste from their monthly summary.
            String[] ordinals = {"一是", "二是", "三是"};
            int count = r.nextInt(2, 4);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String item = items.remove(r.nextInt(items.size()));
                text.append(ordinals[i]).append(fill(item, r)).append(i == count - 1 ? "。" : "；\n");
            }
            return text.toString();
        }
        return fill(pick(items, r), r) + "。";
    }

    private static String completed(String task, Random r) {
        return switch (task) {
            case "GG-2025-02" ->
                fill("各项改革任务已全部完成：累计清查行政事业单位{m}家，盘活闲置资产{n}处，" + "出台“三资”管理制度5项，“三资”管理信息平台投入运行", r) + "。";
            case "GG-2026-04" -> fill("各项改革任务全部完成，全区建成社区就业服务站{m}个，" + "求职登记、政策咨询、岗位推荐实现“一站式”办理", r) + "。";
            default -> "各项改革任务已按计划全部完成。";
        };
    }

    private static String lagging(String task, Random r) {
        return switch (task) {
            case "GG-2025-05" -> fill("原计划本月完成的联合检查平台对接未能如期完成，本月仅开展跨部门联合检查{d}次，" + "联合检查计划完成率偏低", r) + "。";
            case "GG-2025-06" -> "受春节假期影响，部分在建项目停工，联合验收工作推进缓慢。";
            default -> "本月改革推进较慢，部分节点任务未按期完成。";
        };
    }

    private static String lagProblem(String task) {
        return switch (task) {
            case "GG-2025-05" -> "联合检查平台数据接口尚未打通，交通运输执法数据无法共享，导致联合检查计划滞后";
            case "GG-2025-06" -> "节后项目复工较晚，验收资料准备不充分";
            default -> "部分节点任务推进缓慢";
        };
    }

    private static String lagPlan(String task) {
        return switch (task) {
            case "GG-2025-05" -> "倒排工期，协调市级部门解决接口问题，力争11月底前完成平台对接";
            case "GG-2025-06" -> "督促项目单位加快复工，集中开展一批联合验收";
            default -> "倒排工期，加快推进";
        };
    }

    private static String pick(List<String> items, Random r) {
        return items.isEmpty() ? "" : items.get(r.nextInt(items.size()));
    }

    private static String fill(String template, Random r) {
        String text = template;
        text = replaceAll(text, "{n}", () -> String.valueOf(r.nextInt(2, 13)));
        text = replaceAll(text, "{m}", () -> String.valueOf(r.nextInt(12, 80)));
        text = replaceAll(text, "{p}", () -> String.valueOf(r.nextInt(85, 99)));
        text = replaceAll(text, "{d}", () -> String.valueOf(r.nextInt(1, 4)));
        text = replaceAll(text, "{x}", () -> String.valueOf(r.nextInt(20, 300)));
        text = replaceAll(text, "{y}", () -> r.nextInt(1, 9) + "." + r.nextInt(1, 10));
        text = replaceAll(text, "{place}", () -> PLACES[r.nextInt(PLACES.length)]);
        return text;
    }

    private static String replaceAll(String text, String token, java.util.function.Supplier<String> value) {
        String result = text;
        int at;
        while ((at = result.indexOf(token)) >= 0) {
            result = result.substring(0, at) + value.get() + result.substring(at + token.length());
        }
        return result;
    }
}

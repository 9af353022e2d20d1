using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Kunpeng.Web.Text;

/// <summary>The component library's own words (pager, date picker, dialogs) in Chinese.</summary>
public sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["MudDataGrid_Apply"] = "应用",
        ["MudDataGrid_Cancel"] = "取消",
        ["MudDataGrid_Clear"] = "清除",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudDataGrid_Save"] = "保存",
        ["MudDataGrid_Filter"] = "筛选",
        ["MudDataGrid_Sort"] = "排序",
        ["MudDataGrid_Unsort"] = "取消排序",
        ["MudDataGridPager_RowsPerPage"] = "每页行数：",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_InfoFormat"] = "第 {first_item}–{last_item} 条，共 {all_items} 条",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudTable_Loading"] = "加载中…",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudBaseDatePicker_NextYear"] = "下一年",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_Open"] = "打开日期选择",
        ["MudFormComponent_Required"] = "必填",
        ["MudPagination_FirstPage"] = "首页",
        ["MudPagination_LastPage"] = "末页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_CurrentPage"] = "当前页 {0}",
        ["MudPagination_PageIndex"] = "第 {0} 页",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudSelect_SelectAll"] = "全选",
        ["MudNavGroup_ToggleExpand"] = "展开/收起 {0}",
        ["MudFileUpload_Button"] = "选择文件",
        ["MudFileUpload_DragAndDrop"] = "拖放文件到此处",
        ["Converter_InvalidNumber"] = "不是有效的数字",
        ["Converter_InvalidDateTime"] = "不是有效的日期",
    };

    public override LocalizedString this[string key] =>
        Words.TryGetValue(key, out var word) ? new LocalizedString(key, word) : new LocalizedString(key, key, resourceNotFound: true);
}

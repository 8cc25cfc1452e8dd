namespace UseServer.Flight.Tests.Binding;

// The widest types the direct binder takes (ObjectBinder.MaxMembers, one bit per member) and one member more.

/// <summary>A class with 64 settable members.</summary>
public sealed class Wide64
{
    public int P0 { get; set; }

    public int P1 { get; set; }

    public int P2 { get; set; }

    public int P3 { get; set; }

    public int P4 { get; set; }

    public int P5 { get; set; }

    public int P6 { get; set; }

    public int P7 { get; set; }

    public int P8 { get; set; }

    public int P9 { get; set; }

    public int P10 { get; set; }

    public int P11 { get; set; }

    public int P12 { get; set; }

    public int P13 { get; set; }

    public int P14 { get; set; }

    public int P15 { get; set; }

    public int P16 { get; set; }

    public int P17 { get; set; }

    public int P18 { get; set; }

    public int P19 { get; set; }

    public int P20 { get; set; }

    public int P21 { get; set; }

    public int P22 { get; set; }

    public int P23 { get; set; }

    public int P24 { get; set; }

    public int P25 { get; set; }

    public int P26 { get; set; }

    public int P27 { get; set; }

    public int P28 { get; set; }

    public int P29 { get; set; }

    public int P30 { get; set; }

    public int P31 { get; set; }

    public int P32 { get; set; }

    public int P33 { get; set; }

    public int P34 { get; set; }

    public int P35 { get; set; }

    public int P36 { get; set; }

    public int P37 { get; set; }

    public int P38 { get; set; }

    public int P39 { get; set; }

    public int P40 { get; set; }

    public int P41 { get; set; }

    public int P42 { get; set; }

    public int P43 { get; set; }

    public int P44 { get; set; }

    public int P45 { get; set; }

    public int P46 { get; set; }

    public int P47 { get; set; }

    public int P48 { get; set; }

    public int P49 { get; set; }

    public int P50 { get; set; }

    public int P51 { get; set; }

    public int P52 { get; set; }

    public int P53 { get; set; }

    public int P54 { get; set; }

    public int P55 { get; set; }

    public int P56 { get; set; }

    public int P57 { get; set; }

    public int P58 { get; set; }

    public int P59 { get; set; }

    public int P60 { get; set; }

    public int P61 { get; set; }

    public int P62 { get; set; }

    public int P63 { get; set; }
}

/// <summary>A class with 65 settable members.</summary>
public sealed class Wide65
{
    public int P0 { get; set; }

    public int P1 { get; set; }

    public int P2 { get; set; }

    public int P3 { get; set; }

    public int P4 { get; set; }

    public int P5 { get; set; }

    public int P6 { get; set; }

    public int P7 { get; set; }

    public int P8 { get; set; }

    public int P9 { get; set; }

    public int P10 { get; set; }

    public int P11 { get; set; }

    public int P12 { get; set; }

    public int P13 { get; set; }

    public int P14 { get; set; }

    public int P15 { get; set; }

    public int P16 { get; set; }

    public int P17 { get; set; }

    public int P18 { get; set; }

    public int P19 { get; set; }

    public int P20 { get; set; }

    public int P21 { get; set; }

    public int P22 { get; set; }

    public int P23 { get; set; }

    public int P24 { get; set; }

    public int P25 { get; set; }

    public int P26 { get; set; }

    public int P27 { get; set; }

    public int P28 { get; set; }

    public int P29 { get; set; }

    public int P30 { get; set; }

    public int P31 { get; set; }

    public int P32 { get; set; }

    public int P33 { get; set; }

    public int P34 { get; set; }

    public int P35 { get; set; }

    public int P36 { get; set; }

    public int P37 { get; set; }

    public int P38 { get; set; }

    public int P39 { get; set; }

    public int P40 { get; set; }

    public int P41 { get; set; }

    public int P42 { get; set; }

    public int P43 { get; set; }

    public int P44 { get; set; }

    public int P45 { get; set; }

    public int P46 { get; set; }

    public int P47 { get; set; }

    public int P48 { get; set; }

    public int P49 { get; set; }

    public int P50 { get; set; }

    public int P51 { get; set; }

    public int P52 { get; set; }

    public int P53 { get; set; }

    public int P54 { get; set; }

    public int P55 { get; set; }

    public int P56 { get; set; }

    public int P57 { get; set; }

    public int P58 { get; set; }

    public int P59 { get; set; }

    public int P60 { get; set; }

    public int P61 { get; set; }

    public int P62 { get; set; }

    public int P63 { get; set; }

    public int P64 { get; set; }
}

/// <summary>Wide objects inside a record: the inner ones need more member slots than the call has when they start.</summary>
public sealed record WideHolder(string Name, List<Wide64> Items, int Count);
